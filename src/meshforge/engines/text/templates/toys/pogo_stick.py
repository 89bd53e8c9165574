"""A pogo stick: a spring-loaded pole with a T handlebar on top and foot pegs near the bottom."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod
from meshforge.engines.text.kit.sweeps import hoop

STEEL: RGB = (200, 203, 210)
RUBBER: RGB = (30, 30, 34)


def build_pogo_stick(a: Assembly) -> None:
    """A spring-loaded pole with a T handlebar on top and two foot pegs near the bottom."""
    paint = a.pick(BRIGHTS)
    height = a.vary(1.15, 0.06)
    a.add(cylinder(0.025, 0.05, 16), "tip", RUBBER, Tier.FIXED)
    a.add(rod((0, 0, 0.04), (0, 0, 0.35), 0.014, 10), "plunger", STEEL, Tier.FIXED)
    body_base = 0.3
    a.add(cylinder(0.028, height - body_base, 20, (0, 0, body_base)), "pole", paint)
    for k in range(10):
        a.add(
            hoop(0.031, 0.005, 16, (0, 0, body_base + 0.03 + k * 0.025)),
            "spring",
            STEEL,
            Tier.FIXED,
        )
    peg_z = body_base + 0.05
    a.add(box((0.34, 0.07, 0.03), (0, 0, peg_z)), "foot peg", RUBBER, Tier.FIXED)
    bar_z = height
    a.add(rod((-0.22, 0, bar_z), (0.22, 0, bar_z), 0.014, 10), "handlebar", STEEL, Tier.FIXED)
    for sx in (-1, 1):
        a.add(
            capsule((sx * 0.12, 0, bar_z), (sx * 0.25, 0, bar_z), 0.02, 12),
            "grip",
            RUBBER,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "pogo stick",
    build_pogo_stick,
    1.2,
    description="a pogo stick: a springy pole with a handlebar and foot pegs for bouncing on",
    synonyms=("pogo", "pogostick", "pogo sticks"),
    parts=("tip", "plunger", "pole", "spring", "foot peg", "handlebar", "grip"),
    aliases={"pegs": "foot peg", "footrest": "foot peg", "handle": "handlebar", "grips": "grip"},
)
