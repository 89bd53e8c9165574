"""A sofa: a base on short legs, seat and back cushions, two arms; "loveseat" seats two."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import BLANKETS, FABRICS, WOODS
from meshforge.engines.text.kit.solids import capsule, cylinder, rounded_box

LEG_DARK: RGB = (60, 45, 35)


def build_sofa(a: Assembly) -> None:
    """A sofa: a base on short legs, seat and back cushions, two arms; "loveseat" seats two."""
    seats = 2 if a.mentions("loveseat") else a.count("seat", a.pick((2, 3, 3)), 1, 5)
    arm_w, depth = a.vary(0.2, 0.15), a.vary(0.9, 0.08)
    width = seats * a.vary(0.62, 0.06) + 2 * arm_w
    fabric = a.pick((*FABRICS, (120, 120, 125), (60, 60, 70)))
    leg_h, base_top = 0.1, a.vary(0.36, 0.06)
    a.add(
        rounded_box(
            (width, depth, base_top - leg_h), 0.04, a.segments(0.04), (0, 0, (base_top + leg_h) / 2)
        ),
        "body",
        fabric,
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            leg = cylinder(
                0.025,
                leg_h + 0.02,
                12,
                (sx * (width / 2 - 0.08), sy * (depth / 2 - 0.08), 0),
                0.018,
            )
            a.add(leg, "leg", a.pick((LEG_DARK, *WOODS[:2])), Tier.FIXED)
    back_t = 0.22
    back_top = base_top + a.vary(0.5, 0.1)
    a.add(
        rounded_box(
            (width, back_t, back_top - leg_h),
            0.06,
            a.segments(0.06),
            (0, depth / 2 - back_t / 2, (back_top + leg_h) / 2),
        ),
        "back",
        fabric,
    )
    round_arms = a.chance(0.5)
    arm_top = base_top + a.vary(0.24, 0.15)
    for sx in (-1, 1):
        x = sx * (width / 2 - arm_w / 2)
        a.add(
            rounded_box(
                (arm_w, depth, arm_top - leg_h),
                0.05,
                a.segments(0.05),
                (x, 0, (arm_top + leg_h) / 2),
            ),
            "arm",
            fabric,
        )
        if round_arms:  # a rolled arm
            roll = capsule(
                (x, -depth / 2 + arm_w * 0.55, arm_top),
                (x, depth / 2 - 0.05, arm_top),
                arm_w * 0.55,
                a.segments(arm_w),
            )
            a.add(roll, "arm", fabric)
    inner = width - 2 * arm_w
    cushion_w = inner / seats
    seat_d = depth - back_t
    for i in range(seats):
        x = -inner / 2 + cushion_w * (i + 0.5)
        seat = rounded_box(
            (cushion_w - 0.01, seat_d + 0.02, 0.16),
            0.05,
            a.segments(0.05),
            (x, -back_t / 2 + 0.01, base_top + 0.07),
        )
        a.add(seat, "cushion", fabric)
        back = rounded_box(
            (cushion_w - 0.01, 0.16, back_top - base_top - 0.05), 0.06, a.segments(0.06), (0, 0, 0)
        )
        a.add(
            back.rotate((-8, 0, 0)).translate(
                (x, depth / 2 - back_t - 0.05, (back_top + base_top) / 2 + 0.06)
            ),
            "cushion",
            fabric,
        )
    if a.maybe("pillow", 0.5, "throw"):
        for sx in (-1, 1):
            pillow = rounded_box((0.4, 0.14, 0.4), 0.07, a.segments(0.07), (0, 0, 0)).rotate(
                (-15, sx * 10, 0)
            )
            a.add(
                pillow.translate(
                    (sx * (inner / 2 - 0.22), depth / 2 - back_t - 0.15, base_top + 0.3)
                ),
                "pillow",
                a.pick(BLANKETS),
                Tier.SECONDARY,
            )


TEMPLATE = Template(
    "sofa",
    build_sofa,
    0.85,
    description="an upholstered seat with a back and arms for several people",
    synonyms=("couch", "settee", "loveseat", "divan", "chesterfield"),
    kinds=(
        "sofa bed",
        "davenport",
        "chaise longue",
        "sectional sofa",
        "corner sofa",
        "l shaped sofa",
        "three seater sofa",
        "two seater sofa",
        "futon sofa",
        "chaise lounge",
    ),
    parts=("body", "leg", "back", "arm", "cushion", "seat", "pillow"),
    aliases={"armrest": "arm", "backrest": "back"},
)
