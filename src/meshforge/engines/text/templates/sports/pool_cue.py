"""A pool cue standing on its butt: a dark wrapped butt, a long pale tapering shaft, a blue tip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe

SHAFTS: tuple[RGB, ...] = ((225, 200, 155), (235, 215, 175), (205, 170, 120))
BUTTS: tuple[RGB, ...] = ((70, 35, 25), (30, 30, 32), (110, 40, 35), (40, 50, 90))
WRAP: RGB = (35, 35, 38)
FERRULE: RGB = (245, 245, 240)
CHALK: RGB = (60, 120, 200)


def build_pool_cue(a: Assembly) -> None:
    """A dark wrapped butt, a long pale tapering shaft, a white ferrule and a blue chalked tip."""
    length = a.vary(1.47, 0.04)
    butt_r, tip_r = 0.015, 0.0065
    joint = length * 0.5
    butt = [(0.0, 0.0), (butt_r, 0.0), (butt_r, 0.02), (butt_r * 0.82, joint), (0.0, joint)]
    a.add(lathe(butt, a.segments(butt_r)), "butt", BUTTS, Tier.SECONDARY)
    wrap = cylinder(
        butt_r * 0.98, length * 0.17, a.segments(butt_r), (0, 0, length * 0.08), butt_r * 0.93
    )
    a.add(wrap, "wrap", WRAP, Tier.FIXED)
    a.add(cylinder(butt_r * 1.05, 0.02, a.segments(butt_r), (0, 0, 0)), "bumper", WRAP, Tier.FIXED)
    a.add(
        cylinder(butt_r * 0.86, 0.02, a.segments(butt_r), (0, 0, joint - 0.01)),
        "joint",
        FERRULE,
        Tier.FIXED,
    )
    top = length - 0.035
    shaft = [(0.0, joint - 0.005), (butt_r * 0.8, joint - 0.005), (tip_r, top), (0.0, top)]
    a.add(lathe(shaft, a.segments(butt_r)), "shaft", SHAFTS)
    a.add(cylinder(tip_r, 0.025, 16, (0, 0, top - 0.001)), "ferrule", FERRULE, Tier.FIXED)
    a.add(cylinder(tip_r, 0.012, 16, (0, 0, length - 0.012)), "tip", CHALK, Tier.FIXED)
    if a.maybe("chalk", 0.0, "chalk cube"):
        a.add(box((0.022, 0.022, 0.022), (0.03, 0, 0.011)), "chalk", CHALK, Tier.FIXED)
        a.add(box((0.03, 0.01, 0.01), (0.014, 0, 0.005)), "chalk", CHALK, Tier.FIXED)


TEMPLATE = Template(
    "pool cue",
    build_pool_cue,
    1.47,
    description="a billiards cue: a long tapered wooden stick for striking pool balls",
    synonyms=("cue stick", "billiard cue", "snooker cue", "pool stick", "billiards cue"),
    kinds=("pool cues",),
    parts=("butt", "wrap", "bumper", "joint", "shaft", "ferrule", "tip", "chalk"),
    aliases={"grip": "wrap", "handle": "butt", "stick": "shaft"},
)
