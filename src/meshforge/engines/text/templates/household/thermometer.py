"""A thermometer: a glass tube with a red-spirit bulb and column on a graduated backing board."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, slab, sphere

GLASS: RGB = (215, 230, 238)
SPIRITS: tuple[RGB, ...] = ((210, 30, 30), (210, 30, 30), (190, 195, 205), (40, 90, 200))
BOARDS: tuple[RGB, ...] = (*WOODS[:2], (245, 245, 240), (235, 235, 230))
TICKS: RGB = (30, 30, 33)


def build_thermometer(a: Assembly) -> None:
    """A thermometer: a glass tube with a red-spirit bulb and column on a graduated backing
    board."""
    height, width = a.vary(0.3, 0.1), a.vary(0.06, 0.1)
    foot = 0.02
    board = slab((width, height, 0.012), width * 0.45, 16).rotate((90, 0, 0))
    # the board's round-cornered foot sits down inside the stand, not on a point of it
    a.add(board.translate((0, 0.0, foot + height / 2 - 0.008)), "board", BOARDS)
    a.add(box((width * 1.6, 0.07, foot), (0, 0.01, foot / 2)), "board", BOARDS)  # a stand
    front = -0.006
    bulb_z, tube_r = foot + height * 0.14, 0.0045
    spirit = a.pick(SPIRITS)
    a.add(sphere(0.009, 16, (0, front - 0.008, bulb_z)), "bulb", spirit, Tier.SECONDARY)
    top = foot + height * 0.9
    a.add(
        rod((0, front - 0.008, bulb_z), (0, front - 0.008, top), tube_r, 12),
        "tube",
        GLASS,
        Tier.FIXED,
    )
    level = bulb_z + (top - bulb_z) * a.between(0.35, 0.8)
    a.add(
        rod((0, front - 0.008, bulb_z), (0, front - 0.008, level), tube_r * 1.05, 12),
        "column",
        spirit,
        Tier.SECONDARY,
    )
    for k in range(9):  # the scale's marks either side of the tube
        z = bulb_z + 0.025 + (top - bulb_z - 0.04) * k / 8
        long = 0.014 if k % 2 == 0 else 0.008
        for side in (-1, 1):
            a.add(
                box((long, 0.002, 0.0018), (side * (0.01 + long / 2), front - 0.001, z)),
                "marks",
                TICKS,
                Tier.FIXED,
            )
    a.add(
        cylinder(0.004, 0.003, 8, (0, front, top + 0.01)),
        "marks",
        TICKS,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "thermometer",
    build_thermometer,
    0.3,
    description="a glass tube with a red column rising from a bulb along a temperature scale",
    synonyms=(
        "thermometers",
        "mercury thermometer",
        "wall thermometer",
        "garden thermometer",
        "room thermometer",
    ),
    parts=("board", "tube", "bulb", "column", "marks"),
    aliases={"glass": "tube", "mercury": "column", "scale": "marks", "backing": "board"},
)
