"""The office archetype: a desk gadget, a low case with a hinged lever arm and a tray.

"A hole punch", "a tape dispenser" or "a label maker" is one of these small weighted desk
tools: a rounded base, an arm hinged at the back pressed at the front, a paper slot, in the
prompt's colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import box, rod, rounded_box, subtract

CATEGORY = "office"
PLASTICS = ((40, 40, 45), (200, 45, 45), (60, 100, 180), (235, 235, 230), (120, 120, 128))


def build_office(a: Assembly) -> None:
    """A base with a paper slot, a hinge block and a lever arm with a pad."""
    length, width = a.vary(0.16, 0.15), a.vary(0.08, 0.15)
    base_h = a.vary(0.03, 0.2)
    base = rounded_box((width, length, base_h), 0.008, a.segments(0.01), (0.0, 0.0, base_h / 2))
    slot = box((width * 1.2, length * 0.35, base_h * 0.18), (0.0, -length * 0.3, base_h * 0.6))
    a.add(subtract(base, slot), "base", BLACK_PLASTIC, Tier.SECONDARY)
    hinge_y = length * 0.38
    a.add(
        box((width * 0.7, length * 0.16, base_h * 1.6), (0.0, hinge_y, base_h + base_h * 0.7)),
        "hinge",
        CHROME,
        Tier.FIXED,
    )
    lift = a.between(6, 12)
    arm = rounded_box(
        (width * 0.9, length * 0.95, base_h * 0.7),
        0.01,
        a.segments(0.01),
        (0.0, -length * 0.45, 0.0),
    )
    arm = arm.rotate((-lift, 0, 0)).translate((0.0, hinge_y, base_h * 2.1))
    a.add(arm, "body", PLASTICS)
    a.add(
        rod((0.0, -length * 0.45, base_h * 1.2), (0.0, -length * 0.45, base_h * 0.95), 0.008, 12),
        "plunger",
        CHROME,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "office item",
    build_office,
    0.08,
    description="an office thing of no particular kind: a desk gadget with a lever arm",
    parts=("base", "hinge", "body", "plunger"),
    aliases={"lever": "body", "arm": "body", "handle": "body"},
)
