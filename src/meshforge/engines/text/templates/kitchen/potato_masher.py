"""A potato masher lying down: a handle on a bent wire stem ending in a flat zigzag grid."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS, STEEL

HANDLES: tuple[RGB, ...] = (*HANDLE_WOODS, (30, 30, 34), (200, 40, 45))


def build_potato_masher(a: Assembly) -> None:
    """A potato masher standing on its mashing head: a wire zigzag, two stems up to the handle."""
    width = a.vary(0.09, 0.1)
    height = a.vary(0.24, 0.1)
    wire = 0.0028
    # the head: a wire bent into a zigzag on the ground, its ends rising as the two stems
    zig = []
    bends = 4
    for k in range(bends * 2 + 1):
        x = -width / 2 + width * k / (bends * 2)
        y = (width * 0.38) * (1 if k % 2 else -1)
        zig.append((x, y * math.sin(math.pi * (0.15 + 0.7 * k / (bends * 2))), wire))
    stem_top = height * 0.62
    path = [
        (0.0, 0.0, stem_top),
        (-width * 0.35, 0.0, stem_top * 0.45),
        *zig,
        (width * 0.35, 0.0, stem_top * 0.45),
        (0.0, 0.0, stem_top),
    ]
    a.add(tube(path, wire, 8), "head", STEEL, Tier.FIXED)
    a.add(
        capsule((0, 0, stem_top - 0.01), (0, 0, height), 0.014, 16, 0.016),
        "handle",
        a.pick(HANDLES),
    )


TEMPLATE = Template(
    "potato masher",
    build_potato_masher,
    0.24,
    description="a potato masher: a kitchen utensil, a handle and a zigzag wire head for mashing",
    synonyms=("masher", "potato ricer", "vegetable masher"),
    kinds=("wire masher", "bean masher"),
    parts=("head", "handle"),
    aliases={"wire": "head", "grip": "handle"},
)
