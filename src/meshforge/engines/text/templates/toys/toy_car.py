"""A chunky toy car: a rounded body, a bubble cabin with windows, four oversized wheels."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import rod, rounded_box
from meshforge.engines.text.kit.vehicles import TYRE

WINDOW: RGB = (150, 200, 230)
WOOD: RGB = (215, 175, 120)


def build_toy_car(a: Assembly) -> None:
    """A chunky toy car: a rounded body, a bubble cabin with windows, four oversized wheels."""
    length = a.vary(0.16, 0.08)
    width = length * a.between(0.55, 0.62)
    wooden = a.mentions("wooden", "wood")
    color = WOOD if wooden else a.pick(BRIGHTS[:3] + BRIGHTS[4:])
    wheel_r = length * a.between(0.17, 0.2)
    body_h = length * 0.25
    body_z = wheel_r * 0.9 + body_h / 2
    a.add(rounded_box((width, length, body_h), body_h * 0.35, 24, (0, 0, body_z)), "body", color)
    cabin_h = length * a.between(0.2, 0.26)
    cabin_len = length * a.between(0.45, 0.55)
    cabin_y = length * a.between(0.0, 0.08)
    cabin_z = body_z + body_h / 2 + cabin_h / 2 - 0.004
    a.add(
        rounded_box((width * 0.86, cabin_len, cabin_h), cabin_h * 0.45, 24, (0, cabin_y, cabin_z)),
        "cabin",
        a.pick((WHITE, color)),
        Tier.SECONDARY,
    )
    glass = rounded_box(
        (width * 0.88, cabin_len * 0.8, cabin_h * 0.55),
        cabin_h * 0.2,
        16,
        (0, cabin_y, cabin_z + cabin_h * 0.05),
    )
    a.add(
        glass
        ^ rounded_box(
            (width, cabin_len * 0.82, cabin_h * 0.56),
            cabin_h * 0.2,
            16,
            (0, cabin_y, cabin_z + cabin_h * 0.05),
        ),
        "window",
        WINDOW,
        Tier.FIXED,
    )
    for y in (-length * 0.32, length * 0.32):
        for side in (-1, 1):
            x0 = side * (width / 2 - wheel_r * 0.3)
            x1 = side * (width / 2 + wheel_r * 0.35)
            a.add(
                rod((x0, y, wheel_r), (x1, y, wheel_r), wheel_r, a.segments(wheel_r)),
                "wheel",
                (230, 180, 90) if wooden else TYRE,
                Tier.FIXED,
            )
            a.add(
                rod(
                    (x1 - side * 0.001, y, wheel_r),
                    (x1 + side * 0.003, y, wheel_r),
                    wheel_r * 0.45,
                    16,
                ),
                "hubcap",
                WHITE if not wooden else (160, 110, 60),
                Tier.FIXED,
            )
    for side in (-1, 1):
        a.add(
            rod(
                (side * width * 0.3, -length / 2 + 0.004, body_z + body_h * 0.1),
                (side * width * 0.3, -length / 2 - 0.002, body_z + body_h * 0.1),
                body_h * 0.16,
                16,
            ),
            "headlight",
            (255, 240, 170),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "toy car",
    build_toy_car,
    0.1,
    description="a small chunky toy car with big wheels for children to push",
    synonyms=(
        "toy vehicle",
        "matchbox car",
        "hot wheels",
        "wooden car",
        "push car",
        "die cast car",
    ),
    kinds=(
        "toy racing car",
        "kids car",
        "cartoon car",
        "remote control car",
        "rc car",
        "toy truck",
        "toy racecar",
    ),
    parts=("body", "cabin", "window", "wheel", "hubcap", "headlight"),
    aliases={"roof": "cabin"},
)
