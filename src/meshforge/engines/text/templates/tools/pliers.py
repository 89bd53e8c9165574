"""Pliers standing jaws up: two tapered jaws on a pivot, two handles in plastic sleeves."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, front_plate
from meshforge.engines.text.kit.solids import box, subtract
from meshforge.engines.text.kit.sweeps import front_disc, tube
from meshforge.engines.text.kit.tools import PLASTICS


def build_pliers(a: Assembly) -> None:
    """Pliers standing jaws up: two tapered jaws on a pivot, two handles in plastic sleeves."""
    length = a.vary(0.19, 0.1)
    needle = a.mentions("needle", "long nose", "needlenose") or a.chance(0.3)
    pivot_z = length * (0.56 if needle else 0.66)
    width, thick = length * 0.085, length * 0.05
    tip_w = width * (0.12 if needle else 0.35)
    jaws = front_plate(
        [
            (-width, pivot_z - width * 0.8),
            (width, pivot_z - width * 0.8),
            (width * 0.8, pivot_z + width),
            (tip_w, length),
            (-tip_w, length),
            (-width * 0.8, pivot_z + width),
        ],
        thick,
        round_r=tip_w * 0.5,
    )
    gap = box(
        (length * 0.008, thick * 2, length - pivot_z),
        (0, 0, length - (length - pivot_z) / 2 + width),
    )
    a.add(subtract(jaws, gap), "jaw", DARK_STEEL)
    a.add(
        front_disc(width * 0.75, thick * 1.25, a.segments(width), 0, pivot_z), "pivot", DARK_STEEL
    )
    spread = a.vary(0.2, 0.15) * length
    grip = a.pick(PLASTICS)
    for side in (-1, 1):
        path = [
            (side * width * 0.4, 0.0, pivot_z - width * 0.5),
            (side * width * 0.9, 0.0, pivot_z - length * 0.18),
            (side * spread * 0.7, 0.0, length * 0.15),
            (side * spread * 0.8, 0.0, length * 0.02),
        ]
        a.add(tube(path, thick * 0.45, a.segments(thick)), "handle", DARK_STEEL, Tier.FIXED)
        if a.wants("grip"):
            sleeve = tube(path[1:], thick * 0.75, a.segments(thick))
            a.add(sleeve, "grip", grip)


TEMPLATE = Template(
    "pliers",
    build_pliers,
    0.2,
    description="a gripping hand tool with two hinged metal jaws and two handles",
    synonyms=("pair of pliers", "needle nose pliers", "pincers", "linesman pliers"),
    kinds=("needlenose pliers", "combination pliers", "wire cutters", "side cutters"),
    parts=("jaw", "pivot", "handle", "grip"),
    aliases={"sleeve": "grip", "hinge": "pivot"},
)
