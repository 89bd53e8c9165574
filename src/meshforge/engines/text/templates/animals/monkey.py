"""A monkey sitting up: long arms on its knees, a bare face, ears out, a curled tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.primates import ALIASES, PARTS, Primate, build_sitting

MONKEY = Primate(
    height=0.5,
    coats=((120, 80, 50), (100, 70, 45), (140, 100, 65), (90, 75, 60)),
    face=(225, 190, 160),
    ears=1.0,
    muzzle=0.9,
    tail=True,
)
#: A chimpanzee: bigger, black-haired, no tail, a longer mouth.
CHIMP = Primate(
    height=0.75,
    coats=((40, 35, 33), (55, 45, 40)),
    face=(200, 170, 145),
    ears=1.1,
    muzzle=1.3,
)


def build_monkey(a: Assembly) -> None:
    """A monkey sitting up: long arms on its knees, a bare face, ears out, a curled tail."""
    ape = a.mentions("chimp", "chimpanzee", "bonobo", "orangutan")
    coat: RGB | None = (190, 95, 40) if a.mentions("orangutan") else None
    build_sitting(a, CHIMP if ape else MONKEY, coat)


TEMPLATE = Template(
    "monkey",
    build_monkey,
    0.5,
    description="a small furry primate with long arms, a bare face and a long curling tail",
    synonyms=("monkeys", "chimp", "chimpanzee", "chimps", "ape", "baboon", "macaque", "orangutan"),
    kinds=(
        "bonobo",
        "capuchin",
        "spider monkey",
        "howler monkey",
        "baby monkey",
        "marmoset",
        "lemur",
        "gibbon",
        "mandrill",
    ),
    not_claimed=("monkey wrench", "monkey bars", "grease monkey", "monkey bread"),
    parts=PARTS,
    aliases=ALIASES,
    kinds_in_wordnet=("monkey",),
)
