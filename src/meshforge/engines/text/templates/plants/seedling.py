"""A seedling: a young sprout rising from a mound of soil (or a small pot), a pale green stem
curving up to two round seed leaves and a tiny pair of true leaves between them."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.houseplants import SOIL, potted
from meshforge.engines.text.kit.solids import dome
from meshforge.engines.text.kit.sweeps import tube

STEM: RGB = (150, 190, 90)
LEAVES: tuple[RGB, ...] = ((100, 170, 60), (90, 160, 70), (120, 185, 70))


def build_seedling(a: Assembly) -> None:
    """A seedling: a curved stem from the soil up to two round seed leaves and a new pair."""
    height = a.vary(0.08, 0.12)
    if a.maybe("pot", 0.5, "potted", "pot"):
        ground = potted(a, 0.04, 0.05)
    else:
        a.add(dome((0.06, 0.06, 0.02), a.segments(0.06)), "soil", SOIL, Tier.FIXED)
        ground = 0.018
    sway = a.between(-0.01, 0.01)
    top = (sway, 0.0, ground + height)
    path = [(0.0, 0.0, ground - 0.01), (sway * 0.3, 0.005, ground + height * 0.5), top]
    a.add(tube(path, 0.003, 10, 0.0025), "stem", STEM, Tier.FIXED)
    green = a.pick(LEAVES)
    size = height * a.vary(0.35, 0.1)
    for side in (-1, 1):
        tip = (top[0] + side * size, top[1], top[2] + size * 0.35)
        a.add(spindle(top, tip, size * 0.35, 14, 0.25), "leaf", green)
        new = (top[0] + side * size * 0.3, top[1] + size * 0.1, top[2] + size * 0.6)
        a.add(spindle(top, new, size * 0.14, 10, 0.3), "leaf", green)


TEMPLATE = Template(
    "seedling",
    build_seedling,
    0.1,
    description="a tiny young plant sprouting from the soil with two small round leaves",
    synonyms=("sprout", "seedlings", "sprouting plant", "plant sprout", "young plant"),
    kinds=("sapling sprout", "baby plant", "germinating seed"),
    parts=("pot", "soil", "stem", "leaf"),
    aliases={"leaves": "leaf", "dirt": "soil", "ground": "soil"},
)
