"""A popsicle: a rounded block of ice on a wooden stick, maybe dipped or bitten."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHOCOLATE
from meshforge.engines.text.kit.solids import rounded_box, sphere, subtract

ICES: tuple[RGB, ...] = (
    (230, 60, 80),
    (250, 160, 40),
    (120, 200, 90),
    (150, 90, 200),
    (250, 220, 80),
    (90, 170, 230),
)
STICK: RGB = (225, 195, 145)


def build_popsicle(a: Assembly) -> None:
    """A popsicle: a rounded block of ice on a wooden stick, maybe dipped or bitten."""
    width, height, thick = a.vary(0.05, 0.1), a.vary(0.09, 0.1), a.vary(0.02, 0.1)
    ice = a.pick(ICES)
    stick_l = 0.05
    a.add(
        rounded_box((0.012, 0.003, stick_l + 0.02), 0.0015, 8, (0, 0, stick_l / 2 + 0.01)),
        "stick",
        STICK,
        Tier.FIXED,
    )
    body = rounded_box(
        (width, thick, height), min(width, thick) * 0.45, 16, (0, 0, stick_l + height / 2)
    )
    if a.maybe("bite", 0.3, "bitten"):
        body = subtract(body, sphere(width * 0.3, 16, (width * 0.45, 0, stick_l + height * 0.95)))
    a.add(body, "ice", ice)
    if a.maybe("coating", 0.3, "chocolate", "dipped"):
        top = rounded_box(
            (width * 1.05, thick * 1.1, height * 0.45),
            min(width, thick) * 0.45,
            16,
            (0, 0, stick_l + height * 0.78),
        )
        a.add(top, "coating", CHOCOLATE, Tier.SECONDARY)


TEMPLATE = Template(
    "popsicle",
    build_popsicle,
    0.14,
    description="a frozen fruit ice lolly on a wooden stick",
    synonyms=(
        "ice lolly",
        "ice pop",
        "icepop",
        "ice block",
        "freezie",
        "paleta",
        "ice cream bar",
        "ice lollipop",
    ),
    kinds=("fudgesicle", "creamsicle", "frozen treat", "rocket popsicle"),
    parts=("stick", "ice", "coating"),
    aliases={"chocolate": "coating", "ice cream": "ice", "body": "ice"},
)
