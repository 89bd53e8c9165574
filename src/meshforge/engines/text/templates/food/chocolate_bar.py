"""A chocolate bar: a slab moulded into squares, half out of its paper sleeve and silver foil."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHOCOLATE
from meshforge.engines.text.kit.solids import box, rounded_box, union

MILK: RGB = (120, 75, 45)
WHITE_CHOCOLATE: RGB = (245, 235, 205)
SLEEVES: tuple[RGB, ...] = (
    (150, 30, 40),
    (40, 70, 150),
    (110, 50, 130),
    (30, 110, 70),
    (220, 160, 30),
)
FOIL: RGB = (210, 212, 218)


def build_chocolate_bar(a: Assembly) -> None:
    """A chocolate bar: a slab moulded into squares, half out of its sleeve and foil."""
    rows, columns = a.pick((3, 4)), a.pick((6, 7, 8))
    cell = a.vary(0.022, 0.08)
    width, length = rows * cell, columns * cell
    base = cell * 0.18
    color = (WHITE_CHOCOLATE,) if a.mentions("white") else (CHOCOLATE, MILK)
    # the squares: rounded blocks standing on a thin back slab, grooves between them
    squares = [
        rounded_box(
            (cell * 0.9, cell * 0.9, cell * 0.28),
            cell * 0.08,
            8,
            (-length / 2 + cell * (i + 0.5), -width / 2 + cell * (j + 0.5), base + cell * 0.1),
        )
        for i in range(columns)
        for j in range(rows)
    ]
    slab = box((length, width, base), (0, 0, base / 2))
    yaw = a.between(-25, 25)
    a.add(union([slab, *squares]).rotate((0, 0, yaw)), "chocolate", color)
    if a.mentions("unwrapped") or not a.wants("wrapper"):
        return
    # the back half stays wrapped: a crinkled foil lip, then the printed paper sleeve over it
    wrapped = length * a.between(0.4, 0.55)
    high = base + cell * 0.32
    foil = box(
        (wrapped + cell * 0.3, width * 1.04, high * 1.1),
        (length / 2 - wrapped / 2 - cell * 0.15, 0, high * 0.55),
    )
    sleeve = box((wrapped, width * 1.08, high * 1.25), (length / 2 - wrapped / 2, 0, high * 0.6))
    a.add(foil.rotate((0, 0, yaw)), "foil", FOIL, Tier.FIXED)
    a.add(sleeve.rotate((0, 0, yaw)), "wrapper", SLEEVES, Tier.SECONDARY)


TEMPLATE = Template(
    "chocolate bar",
    build_chocolate_bar,
    0.015,
    description="a bar of chocolate divided into squares, partly in its wrapper",
    synonyms=("candy bar", "bar of chocolate", "chocolate", "chocolate slab", "chocolates"),
    kinds=("milk chocolate", "dark chocolate", "white chocolate", "chocolate block"),
    not_claimed=("hot chocolate", "chocolate fountain"),
    parts=("chocolate", "wrapper", "foil"),
    aliases={"sleeve": "wrapper", "paper": "wrapper", "squares": "chocolate", "bar": "chocolate"},
)
