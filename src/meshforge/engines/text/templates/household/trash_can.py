"""A pedal bin: a round steel can with a domed lid, a hinge at the back and a foot pedal."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, vessel
from meshforge.engines.text.kit.sweeps import hoop

BINS: tuple[RGB, ...] = (
    (200, 203, 208),
    (40, 40, 44),
    (60, 120, 70),
    (235, 235, 235),
    (60, 100, 170),
)
DARK: RGB = (35, 35, 38)


def build_trash_can(a: Assembly) -> None:
    """A pedal bin: a round can with a domed lid, a hinge at the back and a foot pedal."""
    r, h = a.vary(0.15, 0.1), a.vary(0.45, 0.1)
    color = a.pick(BINS)
    open_top = a.mentions("wastebasket", "basket", "open") or a.chance(0.2)
    if open_top:
        a.add(vessel([(r * 0.8, 0.0), (r, h)], 0.005, 0.01, a.segments(r)), "can", color)
        a.add(hoop(r, 0.006, a.segments(r), (0, 0, h)), "rim", DARK, Tier.FIXED)
        return
    a.add(cylinder(r, h, a.segments(r)), "can", color)
    a.add(cylinder(r + 0.004, 0.03, a.segments(r), (0, 0, 0)), "rim", DARK, Tier.FIXED)
    if a.wants("lid"):
        a.add(cylinder(r + 0.005, 0.02, a.segments(r), (0, 0, h - 0.002)), "lid", color)
        a.add(
            dome(
                (r + 0.005, r + 0.005, r * a.between(0.12, 0.35)), a.segments(r), (0, 0, h + 0.017)
            ),
            "lid",
            color,
        )
        a.add(box((r * 0.5, 0.03, 0.04), (0, r + 0.005, h)), "hinge", DARK, Tier.FIXED)
    if a.wants("pedal"):
        a.add(box((r * 0.6, 0.08, 0.02), (0, -r - 0.03, 0.03)), "pedal", DARK, Tier.FIXED)


TEMPLATE = Template(
    "trash can",
    build_trash_can,
    0.5,
    description="a round kitchen rubbish bin with a lid and a foot pedal",
    synonyms=(
        "garbage can",
        "trash bin",
        "rubbish bin",
        "dustbin",
        "waste bin",
        "wastebasket",
        "pedal bin",
        "litter bin",
        "bin",
    ),
    kinds=("waste paper basket", "kitchen bin", "recycling bin"),
    not_claimed=("wheelie bin", "bin bag"),
    parts=("can", "rim", "lid", "hinge", "pedal"),
    aliases={"bin": "can", "cover": "lid", "body": "can"},
)
