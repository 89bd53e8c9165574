"""A horse: a long-legged hoofed body, a long face on a tall neck, a flowing mane and tail."""

from __future__ import annotations

from dataclasses import replace

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, STEED, build_beast, flowing_hair

HORSE = replace(
    STEED,
    # bays and chestnuts most often, then dark, grey and black
    coats=(
        (120, 75, 45),
        (140, 85, 45),
        (150, 110, 70),
        (60, 40, 30),
        (200, 190, 175),
        (125, 70, 40),
        (30, 28, 28),
    ),
)
MANES: tuple[RGB, ...] = ((30, 26, 24), (55, 38, 28))
#: a palomino's or grey's mane is pale, like its coat
PALE_MANE: RGB = (235, 225, 200)


def build_horse(a: Assembly) -> None:
    """A horse: a long-legged hoofed body, a long face on a tall neck, a flowing mane and tail."""
    species = HORSE
    if a.mentions("pony", "foal", "shetland"):
        species = replace(species, length=1.1, leg=0.55, girth=0.26, neck=0.35)
    b = build_beast(a, species)
    pale = sum(b.coat) > 500 or a.mentions("palomino")
    flowing_hair(a, b, PALE_MANE if pale and a.chance(0.5) else a.pick(MANES))


TEMPLATE = Template(
    "horse",
    build_horse,
    1.8,
    description="a large hoofed animal that people ride",
    synonyms=("pony", "stallion", "mare", "foal", "steed"),
    kinds=(
        "thoroughbred",
        "clydesdale",
        "colt",
        "filly",
        "palomino",
        "appaloosa",
        "warhorse",
        "racehorse",
        "draft horse",
        "shire horse",
        "mustang",
        "arabian horse",
        "bronco",
        "quarter horse",
    ),
    parts=(*PARTS, "mane"),
    aliases={**ALIASES, "hair": "mane"},
    kinds_in_wordnet=("horse",),
)
