"""A cat: a slim feline with a short flat face, big upright ears, whiskers and a tall tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, Built, build_beast
from meshforge.engines.text.kit.solids import rod

CAT = Beast(
    length=0.42,
    girth=0.085,
    leg=0.2,
    leg_r=0.024,
    head_r=0.082,
    muzzle=0.28,
    muzzle_r=0.45,
    neck=0.01,
    tilt=45,
    chest=1.0,
    ears="pointy",
    ear=1.3,
    tail="raised",
    tail_len=0.6,
    tail_r=0.85,
    coats=((230, 140, 60), (90, 90, 95), (30, 30, 32), (240, 235, 225), (180, 150, 120)),
    nose=(235, 150, 160),
    droop=0.05,
)
WHISKER: RGB = (240, 240, 235)


def build_cat(a: Assembly) -> None:
    """A cat: a slim feline with a short flat face, big upright ears, whiskers and a tall tail."""
    b = build_beast(a, CAT)
    if a.maybe("whisker", 0.9):
        _whiskers(a, b)


def _whiskers(a: Assembly, b: Built) -> None:
    """Three fine whiskers fanning out from each cheek of the muzzle."""
    r = b.head_r
    for side in (-1, 1):
        root = (side * r * 0.18, b.tip[1] + r * 0.12, b.tip[2] - r * 0.08)
        for k in (-1, 0, 1):
            tip = (side * r * 1.05, root[1] + r * 0.1, root[2] + k * r * 0.2)
            a.add(rod(root, tip, r * 0.018, 6, r * 0.008), "whisker", WHISKER, Tier.FIXED)


TEMPLATE = Template(
    "cat",
    build_cat,
    0.35,
    description="a small pet feline",
    synonyms=("kitten", "kitty", "tomcat", "feline"),
    kinds=(
        "sphynx",
        "moggy",
        "housecat",
        "house cat",
        "alley cat",
        "maine coon cat",
        "persian cat",
        "bengal cat",
        "ragdoll cat",
        "british shorthair",
        "american shorthair",
        "exotic shorthair",
        "scottish fold",
        "calico cat",
        "tuxedo cat",
        "abyssinian",
        "norwegian forest cat",
        "himalayan cat",
        "birman",
        "savannah cat",
        "munchkin cat",
        "cheshire cat",
        "kitty cat",
    ),
    parts=(*PARTS, "whisker"),
    aliases={**ALIASES, "whiskers": "whisker"},
    kinds_in_wordnet=("cat",),
)
