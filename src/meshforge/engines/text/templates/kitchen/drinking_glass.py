"""A drinking glass: a plain tumbler with a thick base, maybe part filled with a drink."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, vessel
from meshforge.engines.text.kit.tableware import GLASS

DRINKS: dict[str, RGB] = {
    "water": (170, 210, 235),
    "milk": (248, 248, 244),
    "juice": (250, 160, 30),
    "orange": (250, 160, 30),
    "beer": (225, 160, 40),
    "whiskey": (190, 110, 40),
    "whisky": (190, 110, 40),
    "cola": (60, 30, 20),
    "soda": (60, 30, 20),
    "lemonade": (245, 235, 150),
}


def build_drinking_glass(a: Assembly) -> None:
    """A tumbler: straight or gently flared sides, the base thick; a drink in it when named."""
    if a.mentions("shot"):
        radius, height = a.vary(0.022, 0.08), a.vary(0.06, 0.1)
    elif a.mentions("pint", "beer", "highball", "tall"):
        radius, height = a.vary(0.038, 0.08), a.vary(0.15, 0.08)
    elif a.mentions("rocks", "whiskey", "whisky", "old fashioned", "lowball"):
        radius, height = a.vary(0.042, 0.08), a.vary(0.085, 0.08)
    else:
        radius, height = a.vary(0.037, 0.1), a.vary(0.115, 0.12)
    flare = a.between(1.0, 1.15)
    seg = a.segments(radius)
    base = height * 0.1
    outline = [(radius, 0.0), (radius * flare, height)]
    a.add(vessel(outline, 0.0025, base, seg), "glass", GLASS, material=MATERIALS["glass"])
    drink = next((rgb for word, rgb in DRINKS.items() if a.mentions(word)), None)
    if a.wants("drink") and (drink is not None or a.mentions("full", "filled", "drink")):
        level = height * a.between(0.6, 0.85)
        # the glass is drawn opaque, so the drink shows just through its wall, up to the level
        top_r = radius + (radius * flare - radius) * level / height + 0.0006
        fill = cylinder(radius + 0.0006, level - base * 0.5, seg, (0, 0, base * 0.5), top_r)
        a.add(fill, "drink", drink or DRINKS["water"], Tier.SECONDARY)
        if a.mentions("beer"):  # a head of foam on a beer
            foam = cylinder(top_r, height * 0.08, seg, (0, 0, level - 0.0005), top_r + 0.0006)
            a.add(foam, "foam", (250, 248, 235), Tier.FIXED)


TEMPLATE = Template(
    "drinking glass",
    build_drinking_glass,
    0.115,
    description="a drinking glass: a plain clear tumbler for water, milk or juice",
    synonyms=(
        "tumbler",
        "water glass",
        "glass tumbler",
        "pint glass",
        "beer glass",
        "shot glass",
        "highball glass",
    ),
    # "a glass of milk" is read as a "milk glass" (the container and its contents run together)
    kinds=(
        "juice glass",
        "milk glass",
        "lemonade glass",
        "rocks glass",
        "whiskey glass",
        "whisky glass",
        "lowball glass",
    ),
    parts=("glass", "drink", "foam"),
    aliases={
        "water": "drink",
        "milk": "drink",
        "juice": "drink",
        "beer": "drink",
        "liquid": "drink",
        "head": "foam",
    },
)
