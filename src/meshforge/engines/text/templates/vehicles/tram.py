"""A tram: a long streetcar with a band of windows, rounded ends with a destination sign, doors,
bogies on a short length of rail and a pantograph on the roof."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.vehicles import DARK_METAL, FRAME_DARK, GLASS, HEADLIGHT

LIVERIES: tuple[RGB, ...] = (
    (200, 40, 40),
    (240, 200, 40),
    (40, 110, 60),
    (40, 90, 170),
    (235, 235, 230),
)
TRIMS: tuple[RGB, ...] = ((240, 240, 235), (40, 40, 45), (200, 190, 150))
RAIL: RGB = (120, 120, 125)


def build_tram(a: Assembly) -> None:
    """A long streetcar body with windows and doors, on two bogies, a pantograph on the roof."""
    length, width, height = a.vary(12.0, 0.15), 2.4, a.vary(3.1, 0.04)
    livery = a.color("body", LIVERIES)
    trim = a.color("trim", TRIMS, Tier.SECONDARY)
    floor = 0.55
    body = rounded_box(
        (width, length, height - floor),
        0.35,
        a.segments(0.35),
        (0, 0, floor + (height - floor) / 2),
    )
    # fine facets on the long flat sides keep the colour seams of windows and doors local
    a.add(body.refine_to_length(0.9), "body", livery)
    win_z, win_h = floor + (height - floor) * 0.62, (height - floor) * 0.36
    a.add(box((width + 0.04, length - 0.6, 0.12), (0, 0, win_z - win_h / 2 - 0.1)), "trim", trim)
    band = length - 1.6
    for sx in (-1, 1):
        glass = box((0.06, band, win_h), (sx * width / 2, 0, win_z))
        a.add(glass, "window", GLASS, Tier.FIXED)
        for k in range(1, 8):
            post = box((0.1, 0.14, win_h), (sx * width / 2, -band / 2 + band * k / 8, win_z))
            a.add(post, "body", livery)
        # doors below the window band: glass panels from the step up to the band
        door_h = win_z - win_h / 2 - floor - 0.1
        for d in (-length * 0.3, length * 0.05, length * 0.32):
            door = box((0.06, 1.2, door_h), (sx * width / 2, d, floor + 0.1 + door_h / 2))
            a.add(door, "door", GLASS, Tier.FIXED)
    for sy in (-1, 1):
        front = sy * (length / 2 - 0.05)
        a.add(box((width * 0.8, 0.12, win_h * 1.2), (0, front, win_z)), "window", GLASS, Tier.FIXED)
        a.add(
            box((width * 0.5, 0.12, 0.25), (0, front, height - 0.3)),
            "sign",
            (30, 30, 30),
            Tier.FIXED,
        )
        for sx in (-1, 1):
            a.add(
                box((0.25, 0.12, 0.12), (sx * width * 0.32, front, floor + 0.3)),
                "light",
                HEADLIGHT,
                Tier.FIXED,
            )
    for sy in (-1, 1):
        y = sy * length * 0.3
        a.add(box((width * 0.7, 2.2, 0.3), (0, y, 0.45)), "bogie", FRAME_DARK, Tier.FIXED)
        for dy in (-0.7, 0.7):
            for sx in (-1, 1):
                wheel(a, (sx * 0.72, y + dy, 0.36), 0.33, 0.12, DARK_METAL)
    for sx in (-1, 1):
        a.add(box((0.08, length * 0.9, 0.06), (sx * 0.72, 0, 0.04)), "rail", RAIL, Tier.FIXED)
    if a.wants("pantograph"):
        roof = height
        a.add(box((1.0, 1.4, 0.15), (0, 0, roof + 0.05)), "pantograph", FRAME_DARK, Tier.FIXED)
        knee = (0, 0.6, roof + 0.55)
        top = (0, -0.1, roof + 1.0)
        a.add(rod((0, -0.4, roof + 0.1), knee, 0.04, 8), "pantograph", FRAME_DARK, Tier.FIXED)
        a.add(rod(knee, top, 0.035, 8), "pantograph", FRAME_DARK, Tier.FIXED)
        a.add(
            Manifold.cube((1.4, 0.12, 0.06), True).translate(top),
            "pantograph",
            FRAME_DARK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tram",
    build_tram,
    3.2,
    description="a city tram or streetcar, a long electric rail car with windows running on tracks",
    synonyms=(
        "streetcar",
        "trams",
        "tramcar",
        "trolley car",
        "trolleycar",
        "light rail",
        "street car",
        "cable car",
    ),
    kinds=("city tram",),
    parts=(
        "body",
        "trim",
        "window",
        "door",
        "sign",
        "light",
        "bogie",
        "wheel",
        "hubcap",
        "rail",
        "pantograph",
    ),
    aliases={
        "windows": "window",
        "doors": "door",
        "stripe": "trim",
        "roof": "body",
        "track": "rail",
        "tracks": "rail",
        "headlight": "light",
    },
)
