"""A briefcase standing upright: a slim leather case with a carry handle and two latches."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, GOLD, LEATHERS, SILVER
from meshforge.engines.text.kit.solids import arc_tube, box, rounded_box


def build_briefcase(a: Assembly) -> None:
    """A briefcase standing upright: a slim leather case with a carry handle and two latches."""
    width, depth, height = a.vary(0.44, 0.06), a.vary(0.11, 0.15), a.vary(0.32, 0.06)
    hard = a.mentions("hard", "aluminium", "aluminum", "metal") or a.chance(0.5)
    radius = 0.012 if hard else 0.03
    case = rounded_box((width, depth, height), radius, a.segments(radius * 3), (0, 0, height / 2))
    a.add(case, "case", LEATHERS if not hard else (BLACK, (60, 45, 35), (120, 122, 128)))
    # the lid's seam: a band proud of the case all round, a little below the top
    seam_z = height * 0.82
    a.add(box((width + 0.004, depth + 0.004, 0.008), (0, 0, seam_z)), "trim", BLACK, Tier.FIXED)
    metal = a.pick((GOLD, SILVER))
    for side in (-1, 1):
        latch = box((0.035, 0.012, 0.025), (side * width * 0.3, -depth / 2 - 0.004, seam_z))
        a.add(latch, "latch", metal, Tier.FIXED)
    if a.wants("handle"):
        span = width * 0.16
        for side in (-1, 1):
            foot = box((0.02, 0.025, 0.02), (side * span, 0, height + 0.008))
            a.add(foot, "handle", metal, Tier.FIXED)
        grip = arc_tube((0, 0, height + 0.015), span, 0.009, 16, 0, 180)
        a.add(grip, "handle", BLACK, Tier.SECONDARY)


TEMPLATE = Template(
    "briefcase",
    build_briefcase,
    0.35,
    description="a leather briefcase for documents with a carry handle and brass latches",
    synonyms=("attache case", "attaché case", "business case", "document case", "portfolio case"),
    kinds=("satchel briefcase", "laptop case"),
    parts=("case", "trim", "latch", "handle"),
    aliases={"body": "case", "clasp": "latch", "lock": "latch", "leather": "case"},
)
