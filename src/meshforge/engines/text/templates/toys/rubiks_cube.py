"""A Rubik's cube: a black cube of three by three blocks, a coloured sticker on each."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.solids import box, rounded_box

STICKERS: tuple[RGB, ...] = (
    (245, 245, 245),
    (250, 210, 30),
    (200, 30, 35),
    (245, 130, 20),
    (30, 80, 190),
    (30, 150, 70),
)


def build_rubiks_cube(a: Assembly) -> None:
    """A Rubik's cube: a black cube of three by three blocks, a coloured sticker on each."""
    size = a.vary(0.057, 0.04)
    n = a.count("layer", 3, 2, 5)
    half = size / 2
    a.add(
        rounded_box((size, size, size), size * 0.06, 16, (0, 0, half)),
        "cube",
        BLACK,
        Tier.SECONDARY,
    )
    cell = size / n
    sticker = cell * 0.84
    solved = a.mentions("solved") or a.chance(0.4)
    # the six faces: an axis, a side, and each face's own colour when solved
    faces = ((2, 1), (2, -1), (1, -1), (1, 1), (0, 1), (0, -1))
    for face, (axis, side) in enumerate(faces):
        for i in range(n):
            for j in range(n):
                u, v = (i - (n - 1) / 2) * cell, (j - (n - 1) / 2) * cell
                pos = [0.0, 0.0, 0.0]
                others = [k for k in range(3) if k != axis]
                pos[others[0]], pos[others[1]] = u, v
                pos[axis] = side * (half + 0.0006)
                pos[2] += half
                dims = [sticker, sticker, sticker]
                dims[axis] = 0.002
                color = STICKERS[face] if solved else a.pick(STICKERS)
                a.add(
                    box((dims[0], dims[1], dims[2]), (pos[0], pos[1], pos[2])),
                    "sticker",
                    color,
                    Tier.FIXED,
                )


TEMPLATE = Template(
    "rubiks cube",
    build_rubiks_cube,
    0.06,
    description="a puzzle cube of small coloured squares whose faces twist",
    synonyms=(
        "rubik cube",
        "rubix cube",
        "magic cube",
        "puzzle cube",
        "speed cube",
        "rubik's cube",
    ),
    kinds=("speedcube",),
    parts=("cube", "sticker", "layer"),
    aliases={"body": "cube"},
)
