"""A gorilla on its knuckles: huge shoulders, a tall crown, a black face, a silver back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.primates import ALIASES, PARTS, Primate, build_knuckle_walker
from meshforge.engines.text.kit.solids import ellipsoid

GORILLA = Primate(
    height=1.1,
    coats=((35, 33, 33), (50, 45, 42), (28, 27, 28)),
    face=(45, 40, 40),
    ears=0.45,
    muzzle=0.8,
    crest=True,
)
SILVER: RGB = (150, 148, 145)


def build_gorilla(a: Assembly) -> None:
    """A gorilla on its knuckles: huge shoulders, a tall crown, a black face, a silver back."""
    placed = build_knuckle_walker(a, GORILLA)
    if a.maybe("back", 0.7, "silverback", "silver"):  # the grown male's saddle of grey hair
        h = GORILLA.height
        saddle = ellipsoid((h * 0.4, h * 0.3, h * 0.3), a.segments(h * 0.3), (0, h * 0.2, h * 0.95))
        a.add(skin_pattern(placed.torso, [saddle]), "back", SILVER, Tier.SECONDARY)


TEMPLATE = Template(
    "gorilla",
    build_gorilla,
    1.3,
    description="a huge black ape walking on its knuckles, with broad shoulders and a silver back",
    synonyms=("gorillas", "silverback", "silverback gorilla", "mountain gorilla"),
    kinds=("baby gorilla", "lowland gorilla"),
    parts=(*PARTS, "back"),
    aliases={**ALIASES, "saddle": "back"},
)
