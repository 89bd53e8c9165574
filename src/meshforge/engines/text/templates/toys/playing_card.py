"""Playing cards: a deck standing on its edge, the top card's face showing a big suit sign."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rounded_box, union
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

CARD: RGB = (250, 250, 246)
RED: RGB = (200, 30, 40)
BLACK: RGB = (25, 25, 28)
BACKS: tuple[RGB, ...] = ((40, 70, 160), (180, 30, 40))


def _suit(kind: str, size: float, x: float, z: float, y: float) -> Manifold:
    """A heart, diamond, spade or club, ``size`` tall, facing the front at (x, z)."""
    depth = 0.0008
    if kind == "diamond":
        return face_prism(
            [(x, z - size / 2), (x + size * 0.35, z), (x, z + size / 2), (x - size * 0.35, z)],
            depth,
            y,
        )
    lobes = [
        front_disc(size * 0.27, depth, 16, x + dx * size * 0.24, z + dz * size, y)
        for dx, dz in ((-1, 0.12), (1, 0.12))
    ]
    if kind == "club":
        lobes.append(front_disc(size * 0.27, depth, 16, x, z + size * 0.3, y))
    if kind in ("heart", "spade"):
        point = face_prism(
            [
                (x - size * 0.5, z + size * 0.1),
                (x + size * 0.5, z + size * 0.1),
                (x, z - size * 0.5),
            ],
            depth,
            y,
        )
    else:
        point = face_prism(
            [(x - size * 0.12, z - size * 0.5), (x + size * 0.12, z - size * 0.5), (x, z)], depth, y
        )
    suit = union([*lobes, point])
    if kind == "spade":  # a heart upside down, on a little stem
        suit = suit.mirror((0, 0, 1)).translate((0, 0, 2 * z))
        suit = union(
            [
                suit,
                face_prism(
                    [(x - size * 0.15, z - size * 0.5), (x + size * 0.15, z - size * 0.5), (x, z)],
                    depth,
                    y,
                ),
            ]
        )
    return suit


def build_playing_card(a: Assembly) -> None:
    """A deck standing on its edge, the top card's face showing a big suit sign."""
    width, height = 0.063, 0.088
    deck = a.mentions("deck", "pack", "stack") or a.chance(0.3)
    thick = 0.018 if deck else 0.0006 * 3
    a.add(rounded_box((width, thick, height), 0.004, 12, (0, thick / 2, height / 2)), "card", CARD)
    if deck:  # the back of the deck: the backs' colour, a hair proud of the white edges
        back = rounded_box(
            (width - 0.002, 0.0008, height - 0.002), 0.0004, 8, (0, thick + 0.0002, height / 2)
        )
        a.add(back, "back", BACKS, Tier.SECONDARY)
    kind = a.pick(("heart", "diamond", "spade", "club"))
    for word in ("heart", "diamond", "spade", "club"):
        if a.mentions(word, word + "s"):
            kind = word
    ink = RED if kind in ("heart", "diamond") else BLACK
    a.add(_suit(kind, height * 0.4, 0, height / 2, -0.0002), "suit", ink, Tier.FIXED)
    for sx, sz in ((-1, 1), (1, -1)):
        pip = _suit(kind, height * 0.1, sx * width * 0.36, height / 2 + sz * height * 0.36, -0.0002)
        a.add(pip, "suit", ink, Tier.FIXED)


TEMPLATE = Template(
    "playing card",
    build_playing_card,
    0.09,
    description="a playing card from a deck of cards, like the ace of hearts or spades",
    synonyms=(
        "playing cards",
        "deck of cards",
        "card deck",
        "pack of cards",
        "ace of spades",
        "ace of hearts",
    ),
    kinds=("poker card", "tarot card"),
    parts=("card", "back", "suit"),
    aliases={"pip": "suit", "symbol": "suit", "face": "card"},
)
