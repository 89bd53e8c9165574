"""A sewing machine: a flat bed, an upright pillar and an arm over it, a needle and a handwheel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box

BODIES = ((240, 240, 236), (30, 30, 33), (235, 180, 190), (150, 200, 210))
VINTAGE = (28, 28, 30)
GOLD = (215, 175, 80)


def build_sewing_machine(a: Assembly) -> None:
    """A flat bed, a pillar at the right, the arm across the top ending in the needle head."""
    s = a.vary(1.0, 0.08)
    vintage = a.mentions("vintage", "antique", "old", "singer", "treadle") or a.chance(0.25)
    color = VINTAGE if vintage else a.pick(BODIES)
    w, d = 0.42 * s, 0.18 * s
    a.add(rounded_box((w, d, 0.06 * s), 0.015, 12, (0, 0, 0.03 * s)), "bed", color)
    pillar_x = w / 2 - 0.07 * s
    arm_z = 0.26 * s
    a.add(
        rounded_box((0.12 * s, d * 0.75, arm_z), 0.02, 12, (pillar_x, 0, arm_z / 2)), "body", color
    )
    a.add(
        rounded_box((w * 0.95, d * 0.6, 0.08 * s), 0.025, 12, (-0.01, 0, arm_z - 0.03 * s)),
        "body",
        color,
    )
    head_x = -w / 2 + 0.05 * s
    a.add(
        rounded_box((0.08 * s, d * 0.62, 0.14 * s), 0.02, 12, (head_x, 0, arm_z - 0.06 * s)),
        "body",
        color,
    )
    a.add(
        rod((head_x, -0.02, arm_z - 0.13 * s), (head_x, -0.02, 0.05 * s), 0.004, 8),
        "needle",
        CHROME,
        Tier.FIXED,
    )
    a.add(box((0.04 * s, 0.03, 0.006), (head_x, -0.02, 0.061 * s)), "needle", CHROME, Tier.FIXED)
    wheel = rod(
        (w / 2 - 0.02 * s, 0, arm_z - 0.05 * s),
        (w / 2 + 0.03, 0, arm_z - 0.05 * s),
        0.055 * s,
        a.segments(0.055),
    )
    a.add(wheel, "handwheel", CHROME if not vintage else VINTAGE, Tier.FIXED)
    if a.maybe("spool", 0.7, "thread", "bobbin"):
        a.add(cylinder(0.005, 0.04, 8, (0.05 * s, 0, arm_z + 0.005)), "spool", CHROME, Tier.FIXED)
        a.add(
            cylinder(0.016, 0.03, 12, (0.05 * s, 0, arm_z + 0.01)),
            "spool",
            a.pick(((200, 40, 40), (40, 90, 190), (240, 200, 40))),
            Tier.FIXED,
        )
    if vintage and a.wants("trim"):
        a.add(
            box((w * 0.7, 0.004, 0.015), (-0.02, -d * 0.3, arm_z - 0.03 * s)),
            "trim",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "sewing machine",
    build_sewing_machine,
    0.3,
    description="a sewing machine with a flat bed, an arm holding the needle and a handwheel",
    synonyms=("sewing machines", "singer sewing machine"),
    kinds=("vintage sewing machine", "overlocker", "serger"),
    parts=("bed", "body", "needle", "handwheel", "spool", "trim"),
    aliases={"wheel": "handwheel", "thread": "spool", "arm": "body", "base": "bed"},
)
