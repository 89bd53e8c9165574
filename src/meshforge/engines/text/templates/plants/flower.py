"""A single flower: stem, two leaves and a head of petals."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import blossom, cylinder, ellipsoid, rod

PETALS: tuple[RGB, ...] = (
    (230, 60, 90),
    (250, 200, 40),
    (245, 245, 245),
    (160, 90, 200),
    (250, 130, 50),
)


def build_flower(a: Assembly) -> None:
    """A single flower: stem, two leaves and a head of petals."""
    height = a.vary(0.4, 0.15)
    bend = a.between(-0.04, 0.04)
    a.add(rod((0, 0, 0), (bend, 0, height), 0.006, 12), "stem", (70, 140, 60), Tier.FIXED)
    for side in (-1, 1):
        leaf = (
            ellipsoid((0.045, 0.014, 0.004), a.segments(0.02))
            .translate((0.04, 0, 0))
            .rotate((0, -30, 0))
        )
        z = height * a.between(0.25, 0.45)
        a.add(
            leaf.rotate((0, 0, 90 - 90 * side)).translate((bend * z / height, 0, z)),
            "leaf",
            (70, 140, 60),
            Tier.FIXED,
        )
    radius = a.vary(0.05, 0.2)
    petals = 6 if a.mentions("lily", "lilies") else a.pick((5, 6, 8, 12))
    head = blossom(radius, petals, a.segments(radius * 0.5)).rotate((70, 0, 0))
    a.add(head.translate((bend, -0.002, height)), "petal", a.pick(PETALS))
    centre = ellipsoid((radius * 0.3, radius * 0.12, radius * 0.3), a.segments(radius * 0.3))
    a.add(centre.translate((bend, -0.004, height)), "centre", (250, 200, 40), Tier.SECONDARY)
    a.add(cylinder(0.03, 0.01, a.segments(0.03)), "base", (70, 140, 60), Tier.FIXED)


TEMPLATE = Template(
    "flower",
    build_flower,
    0.4,
    description="a blooming plant with colourful petals",
    synonyms=("rose", "tulip", "daisy", "sunflower", "blossom"),
    kinds=(
        "daffodil",
        "poppy",
        "carnation",
        "peony",
        "dahlia",
        "marigold",
        "hibiscus",
        "chrysanthemum",
        "magnolia",
        "jasmine",
        "camellia",
        "gardenia",
        "begonia",
        "geranium",
        "petunia",
        "zinnia",
        "hyacinth",
        "bluebell",
        "buttercup",
        "dandelion",
        "snowdrop",
        "crocus",
        "posy",
        "calla lily",
        "pansy",
        "lavender",
        "iris",
    ),
    parts=("petal", "stem", "leaf", "centre"),
    aliases={"center": "centre", "head": "petal"},
    kinds_in_wordnet=("flower",),
)
