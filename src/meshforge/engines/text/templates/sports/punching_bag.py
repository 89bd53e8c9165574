"""A punching bag: a long padded leather cylinder hanging by chains from a ceiling swivel."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod, rounded_box, sphere, torus

BAGS: tuple[RGB, ...] = ((180, 30, 35), (30, 30, 35), (40, 70, 150), (120, 75, 40))
BAND: RGB = (35, 35, 38)
CHAIN: RGB = (170, 172, 178)


def build_punching_bag(a: Assembly) -> None:
    """A punching bag: a long padded cylinder hanging by chains from a ceiling swivel."""
    h = a.vary(1.1, 0.1)
    r = h * a.between(0.15, 0.2)
    bag = a.pick(BAGS)
    a.add(capsule((0, 0, r * 0.5), (0, 0, h - r * 0.5), r, a.segments(r)), "bag", bag)
    for z in (h * 0.2, h * 0.8):
        a.add(cylinder(r * 1.01, h * 0.05, a.segments(r), (0, 0, z)), "band", BAND, Tier.SECONDARY)
    top = h + r * 0.3
    apex = (0.0, 0.0, h + r * 2.4)
    for k in range(4):
        t = math.pi / 4 + k * math.pi / 2
        foot = (r * 0.7 * math.cos(t), r * 0.7 * math.sin(t), top - r * 0.3)
        a.add(rod(foot, apex, r * 0.04, 6), "chain", CHAIN, Tier.FIXED)
    a.add(sphere(r * 0.12, 12, apex), "chain", CHAIN, Tier.FIXED)
    a.add(
        torus(r * 0.15, r * 0.04, 12).rotate((90, 0, 0)).translate((0, 0, apex[2] + r * 0.2)),
        "chain",
        CHAIN,
        Tier.FIXED,
    )
    a.add(
        rounded_box((r * 0.6, r * 0.6, r * 0.15), r * 0.05, 8, (0, 0, apex[2] + r * 0.4)),
        "mount",
        BAND,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "punching bag",
    build_punching_bag,
    1.4,
    description="a heavy padded bag hanging from chains that boxers punch",
    synonyms=("punch bag", "boxing bag", "heavy bag", "punchbag", "kickboxing bag"),
    kinds=("speed bag",),
    parts=("bag", "band", "chain", "mount"),
    aliases={"chains": "chain", "leather": "bag", "straps": "band"},
)
