"""A cocktail: a martini glass (a wide cone on a thin stem and foot) filled with a coloured
drink, an olive on a pick or a wedge of lime on the rim."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, sphere, vessel
from meshforge.engines.text.kit.tableware import GLASS

DRINKS: tuple[RGB, ...] = ((235, 230, 190), (230, 90, 120), (140, 210, 120), (250, 170, 60))
OLIVE: RGB = (110, 140, 50)
LIME: RGB = (150, 200, 70)


def build_cocktail(a: Assembly) -> None:
    """A cocktail: a martini glass of coloured drink, an olive on a pick or lime on the rim."""
    rim, depth = a.vary(0.06, 0.08), a.vary(0.07, 0.08)
    stem = a.vary(0.09, 0.1)
    a.add(cylinder(0.035, 0.005, a.segments(0.035), (0, 0, 0), 0.03), "glass", GLASS, Tier.FIXED)
    a.add(rod((0, 0, 0.004), (0, 0, stem + 0.004), 0.0035, 10), "glass", GLASS, Tier.FIXED)
    bowl = vessel([(0.004, 0.0), (rim, depth)], 0.0025, 0.006, a.segments(rim))
    z = stem
    a.add(bowl.translate((0, 0, z)), "glass", GLASS, Tier.FIXED)
    level = depth * 0.8
    drink = cylinder(
        0.005, level - 0.004, a.segments(rim), (0, 0, z + 0.005), (rim - 0.003) * level / depth
    )
    a.add(drink, "drink", a.pick(DRINKS))  # "a blue cocktail" is a blue drink
    if a.mentions("margarita", "lime", "daiquiri", "cosmopolitan"):
        wedge = sphere(rim * 0.3, 16).scale((1.0, 0.35, 0.8)).translate((rim * 0.95, 0, z + depth))
        a.add(wedge, "garnish", LIME, Tier.FIXED)
    elif a.wants("garnish"):
        pick_top = (rim * 0.6, 0.0, z + depth + 0.03)
        pick_end = (-rim * 0.1, 0.0, z + level * 0.5)
        a.add(rod(pick_end, pick_top, 0.0015, 6), "pick", (200, 170, 120), Tier.FIXED)
        # speared just above the drink's surface
        t = (level * 0.5 + 0.006) / (depth + 0.03 - level * 0.5)
        olive_at = (-rim * 0.1 + t * rim * 0.7, 0.0, z + level + 0.006)
        olive = sphere(0.009, 12).scale((1.0, 1.0, 1.3)).translate(olive_at)
        a.add(olive, "garnish", OLIVE, Tier.FIXED)


TEMPLATE = Template(
    "cocktail",
    build_cocktail,
    0.17,
    description="a mixed drink in a wide cone-shaped stemmed glass with an olive or lime",
    synonyms=("cocktails", "martini", "martini glass", "cocktail glass", "margarita"),
    kinds=("cosmopolitan", "daiquiri", "mixed drink", "cocktail drink"),
    not_claimed=(
        "shrimp cocktail",
        "cocktail dress",
        "cocktail shaker",
        "molotov cocktail",
        "pizza margarita",
    ),
    parts=("glass", "drink", "garnish", "pick"),
    aliases={"olive": "garnish", "lime": "garnish", "liquid": "drink", "stem": "glass"},
)
