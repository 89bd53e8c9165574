"""An onion: a round papery bulb drawn up into a dry pointed neck, with a tuft of roots."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.vegetables import bulb_outline, fluted, root_tuft

SKINS: tuple[RGB, ...] = ((195, 135, 60), (185, 120, 50), (205, 150, 75))
RED_SKIN: RGB = (125, 40, 70)
WHITE_SKIN: RGB = (235, 230, 210)
ROOTS: RGB = (215, 195, 150)


def build_onion(a: Assembly) -> None:
    """An onion: a round papery bulb drawn up into a dry pointed neck, with a tuft of roots."""
    radius = a.vary(0.04, 0.12)
    height = radius * a.between(2.3, 2.7)
    outline = bulb_outline(radius, height, a.between(0.2, 0.28))
    # fine lengthwise veins in the papery skin
    bulb = fluted(turned(outline, height, a.segments(radius)), 14, 0.012)
    skin = RED_SKIN if a.mentions("red", "purple") else WHITE_SKIN if a.mentions("white") else SKINS
    lift = radius * 0.1
    a.add(bulb.rotate((a.between(-6, 6), 0, 0)).translate((0, 0, lift)), "skin", skin)
    if a.wants("root"):
        roots = root_tuft(a, (0.0, 0.0, lift + radius * 0.05), radius * 0.35)
        a.add(roots, "root", ROOTS, Tier.FIXED)


TEMPLATE = Template(
    "onion",
    build_onion,
    0.09,
    description="a round brown onion with a papery skin and a pointed top",
    synonyms=("onions", "red onion", "yellow onion", "white onion", "shallot", "brown onion"),
    kinds=("spanish onion",),
    not_claimed=("spring onion", "green onion", "onion rings", "onion ring", "onion dome"),
    parts=("skin", "root"),
    aliases={"roots": "root", "peel": "skin", "bulb": "skin", "body": "skin"},
)
