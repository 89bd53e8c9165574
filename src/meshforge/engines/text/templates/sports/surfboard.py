"""A surfboard standing on its tail: a long pointed board with a centre stripe and fins."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE, front_plate, side_plate, smooth_loop
from meshforge.engines.text.kit.solids import box

BOARDS: tuple[RGB, ...] = (
    (245, 244, 238),
    (60, 170, 210),
    (245, 200, 60),
    (235, 110, 80),
    (120, 200, 170),
)
STRIPES: tuple[RGB, ...] = ((220, 60, 50), (30, 90, 170), (245, 160, 30), (30, 30, 34))


def build_surfboard(a: Assembly) -> None:
    """A surfboard standing on its tail: a long pointed board with a centre stripe and fins."""
    long = a.mentions("longboard", "long", "paddle", "sup")
    length = a.vary(2.7 if long else 1.85, 0.06)
    width = a.vary(0.56 if long else 0.5, 0.06)
    thick = 0.065
    nose = 0.5 if long else 0.12
    half = [
        (width * 0.18, 0.0),
        (width * 0.42, length * 0.15),
        (width * 0.5, length * 0.45),
        (width * 0.42, length * 0.75),
        (width * nose * 0.6, length * 0.97),
    ]
    loop = smooth_loop([*half, (0.0, length), *[(-x, z) for x, z in reversed(half)]], 5)
    board = front_plate(loop, thick)
    # taper the rails: intersect with a lens seen from the side
    lens = side_plate(
        [
            (-thick / 2, 0.0),
            (0.0, -0.2),
            (thick / 2, 0.0),
            (thick / 2, length),
            (0.0, length + 0.2),
            (-thick / 2, length),
        ],
        width * 1.2,
    )
    a.add(board ^ lens, "board", a.pick(BOARDS))
    if a.wants("stripe"):
        stripe = box((width * 0.07, thick * 1.02, length * 0.9), (0, 0, length * 0.5))
        a.add(stripe ^ board, "stripe", a.pick(STRIPES), Tier.SECONDARY)
    fins = a.count("fin", a.pick((1, 3)), 1, 4)
    for k in range(fins):
        x = 0.0 if fins == 1 or k == 0 else (width * 0.3 if k == 1 else -width * 0.3)
        size = 0.11 if k == 0 else 0.08
        fin = side_plate(
            [
                (0.0, length * 0.03),
                (size * 1.1, length * 0.03),
                (size * 0.3, length * 0.03 + size * 1.2),
                (0.0, length * 0.03 + size),
            ],
            0.008,
            x,
        )
        a.add(fin.translate((0, thick * 0.3, 0)), "fin", WHITE if k else (30, 30, 34), Tier.FIXED)


TEMPLATE = Template(
    "surfboard",
    build_surfboard,
    2.0,
    description="a long narrow board with a pointed nose and fins for riding ocean waves",
    synonyms=("surf board", "longboard surfboard", "paddleboard", "paddle board", "bodyboard"),
    kinds=("shortboard", "funboard"),
    parts=("board", "stripe", "fin"),
    aliases={"stringer": "stripe", "deck": "board"},
)
