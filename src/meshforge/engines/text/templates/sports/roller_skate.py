"""A roller skate: a retro laced boot on a plate with four fat wheels and a toe stop."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import laces, shoe
from meshforge.engines.text.kit.gear import STEEL, WHITE
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract, union

BOOTS: tuple[RGB, ...] = (WHITE, (240, 150, 190), (40, 40, 45), (90, 170, 220))
WHEELS: tuple[RGB, ...] = ((240, 120, 180), (250, 220, 60), (120, 220, 200), (240, 240, 240))


def build_roller_skate(a: Assembly) -> None:
    """A roller skate: a retro laced boot on a plate with four fat wheels and a toe stop."""
    length = a.vary(0.27, 0.06)
    width = length * 0.37
    boot = a.pick(BOOTS)
    inline = a.mentions("inline", "rollerblade", "rollerblades")
    body = shoe(a, length, length * 0.22, boot, WHITE, sole_thick=length * 0.05)
    shaft_r = width * 0.46
    x = length * 0.26
    outer = cylinder(
        shaft_r, length * a.between(0.4, 0.55), a.segments(shaft_r), (x, 0, length * 0.08)
    )
    inner = cylinder(shaft_r * 0.85, length, a.segments(shaft_r), (x, 0, length * 0.25))
    a.add(subtract(outer, inner).scale((1.0, 0.85, 1.0)), "upper", boot)
    if a.wants("lace"):
        laces(
            a,
            union([body, outer.scale((1.0, 0.85, 1.0))]),
            -length * 0.15,
            length * 0.1,
            width * 0.4,
            4,
        )
    wheel_r = length * (0.11 if inline else 0.1)
    plate_z = -length * 0.02
    a.add(
        box((length * 0.8, width * (0.25 if inline else 0.55), length * 0.05), (0, 0, plate_z)),
        "plate",
        STEEL,
        Tier.FIXED,
    )
    wheel_color = a.pick(WHEELS)
    if inline:
        for k in range(4):
            xs = -length * 0.36 + k * length * 0.24
            a.add(
                rod(
                    (xs, -width * 0.1, plate_z - wheel_r),
                    (xs, width * 0.1, plate_z - wheel_r),
                    wheel_r,
                    a.segments(wheel_r),
                ),
                "wheel",
                wheel_color,
                Tier.SECONDARY,
            )
        return
    for xs in (-length * 0.3, length * 0.3):
        a.add(
            box((length * 0.06, width * 0.3, wheel_r), (xs, 0, plate_z - wheel_r * 0.45)),
            "plate",
            STEEL,
            Tier.FIXED,
        )
        for sy in (-1, 1):
            y0, y1 = sy * width * 0.22, sy * width * 0.55
            a.add(
                rod(
                    (xs, y0, plate_z - wheel_r),
                    (xs, y1, plate_z - wheel_r),
                    wheel_r,
                    a.segments(wheel_r),
                ),
                "wheel",
                wheel_color,
                Tier.SECONDARY,
            )
        a.add(
            rod(
                (xs, -width * 0.3, plate_z - wheel_r),
                (xs, width * 0.3, plate_z - wheel_r),
                wheel_r * 0.3,
                8,
            ),
            "plate",
            STEEL,
            Tier.FIXED,
        )
    if a.wants("toe stop"):
        a.add(
            cylinder(
                length * 0.05, length * 0.09, 16, (-length * 0.36, 0, plate_z - length * 0.08)
            ),
            "toe stop",
            wheel_color,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "roller skate",
    build_roller_skate,
    0.3,
    description="a laced boot on four wheels for rolling along the pavement",
    synonyms=(
        "roller skates",
        "quad skate",
        "quad skates",
        "inline skate",
        "inline skates",
        "rollerblade",
        "rollerblades",
    ),
    kinds=("retro roller skate", "roller boot"),
    parts=("upper", "sole", "plate", "wheel", "toe stop", "lace", "lining"),
    aliases={"boot": "upper", "wheels": "wheel", "laces": "lace", "brake": "toe stop"},
)
