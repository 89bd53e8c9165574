"""A lipstick standing open: a metal case, the slanted coloured bullet, its cap beside it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder

SHADES: tuple[RGB, ...] = (
    (190, 20, 40),
    (220, 60, 90),
    (150, 30, 50),
    (230, 110, 120),
    (120, 20, 35),
)
CASES: tuple[RGB, ...] = ((212, 175, 80), (30, 30, 34), (200, 204, 210), (180, 30, 45))


def build_lipstick(a: Assembly) -> None:
    """A lipstick: a tube case with a collar, the bullet twisted up and cut on the slant."""
    r = a.vary(0.0095, 0.08)
    case_h = a.vary(0.05, 0.1)
    case = a.pick(CASES)
    metal = MATERIALS["gold"] if case == CASES[0] else None
    a.add(cylinder(r, case_h, 32), "case", case, material=metal)
    a.add(
        cylinder(r * 0.88, case_h * 0.25, 32, (0, 0, case_h - 0.001)), "case", case, material=metal
    )
    bullet_h = case_h * 0.45
    bullet = cylinder(r * 0.7, bullet_h, 32, (0, 0, case_h + case_h * 0.24 - 0.001))
    # the tip is cut on a slant: a tilted box removes a wedge from the top
    cutter = (
        box((r * 4, r * 4, r * 4))
        .rotate((40, 0, 0))
        .translate((0, 0, case_h * 1.24 + bullet_h + r * 1.2))
    )
    a.add(bullet - cutter, "bullet", a.pick(SHADES), Tier.PRIMARY)
    if a.maybe("cap", 0.6, "cap"):
        # the cap stands beside the case, touching it, so the model is one piece
        a.add(cylinder(r * 1.02, case_h * 0.8, 32, (r * 2.0, 0, 0)), "cap", case, material=metal)


TEMPLATE = Template(
    "lipstick",
    build_lipstick,
    0.08,
    description="a lipstick: a tube of coloured lip makeup twisted up out of a metal case",
    synonyms=("lip stick", "lipstick tube", "lip balm"),
    kinds=("chapstick", "lip gloss stick"),
    parts=("case", "bullet", "cap"),
    aliases={"tube": "case", "stick": "bullet", "tip": "bullet", "lid": "cap"},
)
