"""A monster truck: a pickup body lifted high on springs over four huge knobbly tyres."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, box, rod, rounded_box
from meshforge.engines.text.kit.vehicles import GLASS, HEADLIGHT, TYRE

PAINTS: tuple[RGB, ...] = (
    (200, 30, 35),
    (30, 90, 190),
    (60, 160, 60),
    (240, 180, 20),
    (130, 50, 160),
    (30, 30, 35),
)
FRAME: RGB = (60, 62, 68)
RIM: RGB = (200, 202, 208)


def build_monster_truck(a: Assembly) -> None:
    """A monster truck: a pickup body lifted high on springs over four huge knobbly tyres."""
    wheel_r = a.vary(0.8, 0.08)
    wheel_w = wheel_r * 0.85
    length = a.vary(4.6, 0.06)
    width = a.vary(2.2, 0.05)
    axle_y = length * 0.36
    body_z = wheel_r * 2.0
    paint = a.pick(PAINTS)
    track = width + wheel_w * 1.2
    for y in (-axle_y, axle_y):
        for sx in (-1, 1):
            x = sx * track / 2
            tyre = rod(
                (x - wheel_w / 2, y, wheel_r),
                (x + wheel_w / 2, y, wheel_r),
                wheel_r,
                a.segments(wheel_r),
            )
            # chunky tread blocks round the tyre
            lugs = around_z(
                box((wheel_r * 0.14, wheel_r * 0.22, wheel_w * 0.9), (wheel_r, 0, 0)), 16
            )
            lugs = lugs.rotate((0, 90, 0)).translate((x, y, wheel_r))
            a.add(tyre + lugs, "wheel", TYRE, Tier.FIXED, RUBBER)
            a.add(
                rod(
                    (x, y, wheel_r),
                    (x + sx * (wheel_w / 2 + 0.03), y, wheel_r),
                    wheel_r * 0.45,
                    a.segments(wheel_r),
                ),
                "rim",
                RIM,
                Tier.FIXED,
            )
        a.add(
            rod((-track / 2, y, wheel_r), (track / 2, y, wheel_r), 0.12, 12),
            "frame",
            FRAME,
            Tier.FIXED,
        )
        for sx in (-1, 1):
            a.add(
                rod((sx * width * 0.3, y, wheel_r), (sx * width * 0.35, y, body_z + 0.1), 0.1, 12),
                "frame",
                FRAME,
                Tier.FIXED,
            )
    a.add(box((width * 0.5, length * 0.8, 0.2), (0, 0, body_z)), "frame", FRAME, Tier.FIXED)
    bed_h = 0.7
    lower = rounded_box((width, length, bed_h), 0.12, 12, (0, 0, body_z + 0.1 + bed_h / 2))
    a.add(lower, "body", paint)
    cab_len = length * 0.3
    cab = Manifold.batch_hull(
        [
            rounded_box(
                (width * 0.95, cab_len, 0.1), 0.04, 8, (0, -length * 0.05, body_z + bed_h + 0.1)
            ),
            rounded_box(
                (width * 0.85, cab_len * 0.7, 0.1),
                0.04,
                8,
                (0, -length * 0.02, body_z + bed_h + 0.85),
            ),
        ]
    )
    a.add(cab, "cab", paint, Tier.SECONDARY)
    a.add(
        box(
            (width * 0.8, 0.1, 0.4), (0, -length * 0.05 - cab_len * 0.42, body_z + bed_h + 0.5)
        ).rotate((0, 0, 0)),
        "window",
        GLASS,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            box(
                (0.1, cab_len * 0.5, 0.35),
                (sx * width * 0.45, -length * 0.04, body_z + bed_h + 0.5),
            ),
            "window",
            GLASS,
            Tier.FIXED,
        )
        a.add(
            rod(
                (sx * width * 0.33, -length / 2 + 0.02, body_z + 0.5),
                (sx * width * 0.33, -length / 2 - 0.04, body_z + 0.5),
                0.12,
                12,
            ),
            "headlight",
            HEADLIGHT,
            Tier.FIXED,
        )
    a.add(
        box((width * 0.9, 0.2, 0.15), (0, length / 2 - cab_len * 0.1, body_z + bed_h + 0.15)),
        "body",
        paint,
    )


TEMPLATE = Template(
    "monster truck",
    build_monster_truck,
    3.2,
    description="a pickup truck raised high on four giant tyres for crushing cars at shows",
    synonyms=(
        "monster trucks",
        "bigfoot truck",
        "lifted truck",
        "monster jam truck",
        "grave digger truck",
    ),
    kinds=("rc monster truck",),
    parts=("body", "cab", "window", "headlight", "wheel", "rim", "frame"),
    aliases={
        "tires": "wheel",
        "tyres": "wheel",
        "wheels": "wheel",
        "tire": "wheel",
        "tyre": "wheel",
        "suspension": "frame",
        "chassis": "frame",
    },
)
