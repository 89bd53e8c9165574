"""A go kart: a low open tube frame on four fat wheels, a bucket seat, a wheel and side pods."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, rod, slab
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.vehicles import FRAME_DARK, PAINTS

SEAT: RGB = (30, 30, 34)
ENGINE: RGB = (150, 152, 158)


def build_go_kart(a: Assembly) -> None:
    """A low open tube frame on four fat wheels, a bucket seat, a wheel and side pods."""
    paint = a.pick(PAINTS)
    length, track = a.vary(1.8, 0.06), a.vary(1.25, 0.06)
    front_r, rear_r = 0.13, 0.14
    axle_z = 0.14
    pan = box((track * 0.55, length * 0.95, 0.07), (0, 0, 0.095))
    a.add(pan, "frame", FRAME_DARK, Tier.FIXED)
    for y, r, w in ((-length * 0.36, front_r, 0.13), (length * 0.36, rear_r, 0.2)):
        a.add(
            rod((-track / 2 + w, y, axle_z), (track / 2 - w, y, axle_z), 0.02, 8),
            "frame",
            FRAME_DARK,
        )
        for sx in (-1, 1):
            wheel(a, (sx * (track / 2 - w / 2), y, r), r, w, (200, 200, 205), 0.6)
    nose = slab((track * 0.6, 0.28, 0.18), 0.08, 12, (0, -length / 2 + 0.1, 0.16))
    a.add(nose, "body", paint)
    for sx in (-1, 1):
        pod = slab((0.16, length * 0.4, 0.14), 0.06, 12, (sx * track * 0.33, 0.0, 0.13))
        a.add(pod, "body", paint)
        a.add(box((0.06, length * 0.62, 0.04), (sx * track * 0.3, 0, 0.1)), "frame", FRAME_DARK)
    seat_y = length * 0.12
    seat = slab((0.4, 0.38, 0.1), 0.08, 12, (0, seat_y, 0.12))
    back = (
        slab((0.4, 0.1, 0.45), 0.08, 12, (0, 0, 0))
        .rotate((-18, 0, 0))
        .translate((0, seat_y + 0.2, 0.35))
    )
    a.add(seat, "seat", SEAT, Tier.FIXED)
    a.add(back, "seat", SEAT, Tier.FIXED)
    column_base, column_top = (0, -length * 0.32, 0.1), (0, -length * 0.16, 0.48)
    a.add(rod(column_base, column_top, 0.018, 8), "steering wheel", FRAME_DARK, Tier.FIXED)
    ring = hoop(0.14, 0.018, 24).rotate((-55, 0, 0)).translate(column_top)
    a.add(ring, "steering wheel", SEAT, Tier.FIXED)
    spoke = box((0.28, 0.03, 0.02)).rotate((-55, 0, 0)).translate(column_top)
    a.add(spoke, "steering wheel", SEAT, Tier.FIXED)
    engine = box((0.28, 0.24, 0.26), (track * 0.2, length * 0.36, 0.25))
    a.add(engine, "engine", ENGINE, Tier.FIXED)
    bumper = rod(
        (-track * 0.4, length / 2 + 0.02, 0.12), (track * 0.4, length / 2 + 0.02, 0.12), 0.02, 8
    )
    a.add(bumper, "frame", FRAME_DARK)
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * track * 0.3, length * 0.36, 0.1),
                (sx * track * 0.4, length / 2 + 0.02, 0.12),
                0.02,
                8,
            ),
            "frame",
            FRAME_DARK,
        )
    if a.maybe("number plate", 0.7, "number", "racing"):
        plate = box((0.22, 0.02, 0.16), (0, -length / 2 + 0.12, 0.3))
        a.add(plate, "number plate", (245, 245, 240), Tier.FIXED)


TEMPLATE = Template(
    "go kart",
    build_go_kart,
    0.6,
    description="a go kart: a tiny low open racing car with a seat, a steering wheel, four wheels",
    synonyms=("kart", "gokart", "go cart", "racing kart", "go karts"),
    kinds=("karting car", "shifter kart"),
    parts=("frame", "wheel", "hubcap", "body", "seat", "steering wheel", "engine", "number plate"),
    aliases={
        "tyres": "wheel",
        "tires": "wheel",
        "pods": "body",
        "bumper": "frame",
        "plate": "number plate",
    },
)
