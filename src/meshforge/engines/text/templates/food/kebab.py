"""A kebab on a skewer: chunks of meat and vegetables threaded in turn on a long stick."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, rounded_box, sphere

MEATS: tuple[RGB, ...] = ((140, 80, 50), (165, 100, 60), (120, 65, 45))
VEGETABLES: tuple[RGB, ...] = ((215, 50, 40), (90, 150, 60), (235, 190, 50), (235, 225, 210))
WOOD: RGB = (200, 165, 120)
STEEL: RGB = (185, 188, 192)


def build_kebab(a: Assembly) -> None:
    """A kebab: a skewer held level, threaded with meat cubes between pieces of pepper and onion."""
    length = a.vary(0.3, 0.08)
    size = length * 0.1
    stick = STEEL if a.mentions("metal", "steel", "shish") else WOOD
    height = size * 0.8  # lying on its pieces
    a.add(
        rod((0.0, -length / 2, height), (0.0, length / 2, height), size * 0.07, 8),
        "skewer",
        stick,
        Tier.FIXED,
    )
    a.add(sphere(size * 0.12, 8, (0.0, -length / 2, height)), "skewer", stick, Tier.FIXED)
    pieces = a.count("piece", 7, 3, 10)
    span = length * 0.7
    start = -length * 0.42
    for k in range(pieces):
        y = start + span * (k + 0.5) / pieces
        if k % 2 == 0:
            s = size * a.between(0.85, 1.05)
            chunk = rounded_box((s, s * 0.9, s), s * 0.25, 12, (0.0, y, height))
            chunk = chunk.rotate((0, a.between(-15, 15), 0)).translate((0, 0, 0))
            a.add(chunk, "meat", a.pick(MEATS), Tier.SECONDARY)
        else:
            s = size * a.between(0.9, 1.1)
            slab = rounded_box((s * 1.05, s * 0.3, s * 0.95), s * 0.1, 8, (0.0, y, height))
            a.add(slab, "vegetable", VEGETABLES[k // 2 % len(VEGETABLES)], Tier.FIXED)


TEMPLATE = Template(
    "kebab",
    build_kebab,
    0.05,
    description="chunks of grilled meat and vegetables threaded on a long skewer",
    synonyms=("kebabs", "kabob", "kabobs", "kebab skewer", "skewer", "skewers", "brochette"),
    kinds=(
        "shish kebab",
        "shish kabob",
        "souvlaki",
        "satay",
        "yakitori",
        "shashlik",
        "meat skewer",
        "chicken skewer",
    ),
    not_claimed=("doner kebab", "kebab shop", "kebab meat", "skewer stick"),
    parts=("skewer", "meat", "vegetable", "piece"),
    aliases={
        "stick": "skewer",
        "vegetables": "vegetable",
        "veggies": "vegetable",
        "pieces": "piece",
        "chunks": "piece",
    },
)
