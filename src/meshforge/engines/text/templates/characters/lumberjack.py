"""A lumberjack: a red plaid shirt, jeans and boots, a full beard, a beanie and an axe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import box, dome, rod

PLAIDS: tuple[RGB, ...] = ((180, 35, 35), (40, 90, 60), (40, 60, 110))
JEANS: tuple[RGB, ...] = ((60, 85, 135), (50, 70, 110))
CHECK: RGB = (30, 30, 32)


def build_lumberjack(a: Assembly) -> None:
    """A burly man in a checked shirt and jeans, a beard and beanie, an axe held upright."""
    f = build_figure(a, Outfit(top=PLAIDS, bottom=JEANS, shoes=LEATHERS, pose="hold", girth=1.15))
    s, r = f.scale, f.head_r
    mid = (f.waist_z + f.shoulder_z) / 2
    for z in (mid - 0.12 * s, mid + 0.02 * s, mid + 0.16 * s):  # the plaid's dark bands
        a.add(box((0.47 * s, 0.29 * s, 0.035 * s), (0, 0, z)), "check", CHECK, Tier.FIXED)
    hair = a.color("beard", HAIRS, Tier.FIXED)
    if a.wants("beard"):
        beard(a, f, hair, 0.8)
    if a.maybe("hat", 0.7, "beanie", "toque"):
        hx, hy, hz = f.head
        a.add(
            dome((r * 1.08, r * 1.08, r * 0.95), a.segments(r), (hx, hy, hz + r * 0.15)),
            "hat",
            a.pick(PLAIDS),
            Tier.FIXED,
        )
    right, _left = f.hands
    if a.wants("axe"):
        top = (right[0], right[1], right[2] + 0.45 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.3 * s), top, 0.016 * s, 8),
            "axe",
            WOODS,
            Tier.FIXED,
        )
        a.add(
            box((0.03 * s, 0.16 * s, 0.11 * s), (top[0], top[1] - 0.06 * s, top[2] - 0.05 * s)),
            "axe",
            DARK_STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "lumberjack",
    build_lumberjack,
    1.9,
    description="a bearded lumberjack in a red plaid flannel shirt holding an axe",
    synonyms=("lumberjacks", "woodcutter", "woodsman", "logger", "lumberman"),
    kinds=("timberjack",),
    parts=(*FIGURE_PARTS, "check", "beard", "hat", "axe"),
    aliases={**FIGURE_ALIASES, "plaid": "check", "beanie": "hat", "flannel": "body"},
)
