"""A flower pot: an empty tapered pot with a rolled rim, a drainage saucer and, maybe, soil."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, vessel
from meshforge.engines.text.kit.tableware import GLAZES

TERRACOTTA: RGB = (192, 98, 62)
SOIL: RGB = (70, 50, 35)


def build_flower_pot(a: Assembly) -> None:
    """A flower pot: a tapered pot, terracotta with a collar or a glazed modern one, on a saucer."""
    height = a.vary(0.16, 0.2)
    top_r = height * a.between(0.55, 0.68)
    foot_r = top_r * a.between(0.66, 0.78)
    glazed = a.chance(0.3) and not a.mentions("terracotta", "clay")
    color = a.pick(GLAZES) if glazed else TERRACOTTA
    wall, seg = max(height * 0.05, 0.005), a.segments(top_r)
    lift = 0.0
    if a.maybe("saucer", 0.6, "saucer", "tray", "dish"):
        saucer_r = foot_r * 1.25
        lift = height * 0.05
        outline = [(saucer_r * 0.92, 0.0), (saucer_r * 1.08, lift * 1.6)]
        a.add(vessel(outline, wall * 0.8, lift * 0.45, seg), "saucer", color, Tier.SECONDARY)
    if glazed:
        # a modern planter: nearly straight sides, a plain lip
        outline = [(foot_r * 1.08, 0.0), (top_r, height)]
    else:
        # the classic pot: a taper under a thicker collar, the rim rolled over
        collar = height * 0.78
        outline = [
            (foot_r, 0.0),
            (foot_r + (top_r - foot_r) * 0.78, collar),
            (top_r * 1.07, collar + height * 0.01),
            (top_r * 1.08, height),
        ]
    sink = lift * 0.4  # the pot sits just into the saucer's floor, so the two are one body
    a.add(vessel(outline, wall, wall * 1.4, seg).translate((0, 0, sink)), "pot", color)
    if a.maybe("soil", 0.3, "soil", "dirt", "compost", "earth"):
        # a frustum inside the wall's taper, its top a little below the rim
        base_z, level = wall * 1.2, height * 0.74

        def inner(z: float) -> float:
            return foot_r + (top_r - foot_r) * z / height - wall * 1.1

        soil = cylinder(inner(base_z), level - base_z, seg, (0, 0, base_z + sink), inner(level))
        a.add(soil, "soil", SOIL, Tier.FIXED)


TEMPLATE = Template(
    "flower pot",
    build_flower_pot,
    0.16,
    description="an empty terracotta flower pot for growing plants, tapered with a rim",
    synonyms=("flowerpot", "plant pot", "planter", "terracotta pot", "clay pot", "garden pot"),
    kinds=("terracotta planter", "ceramic planter", "plant container", "seed pot", "herb pot"),
    parts=("pot", "saucer", "soil"),
    aliases={"dish": "saucer", "tray": "saucer", "dirt": "soil", "compost": "soil", "rim": "pot"},
)
