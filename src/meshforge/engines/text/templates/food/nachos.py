"""Nachos: a heap of triangular tortilla chips on a plate, melted cheese dripped over them
and dots of salsa and green jalapeno on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, prism, sphere, union

CHIPS: tuple[RGB, ...] = ((235, 190, 90), (225, 175, 75), (240, 200, 110))
CHEESE: RGB = (250, 180, 40)
SALSA: RGB = (200, 40, 30)
JALAPENO: RGB = (80, 150, 50)
PLATE: RGB = (245, 245, 240)


def build_nachos(a: Assembly) -> None:
    """Nachos: a heap of tortilla chips on a plate, melted cheese, salsa and jalapeno."""
    plate_r = a.vary(0.13, 0.08)
    a.add(
        cylinder(plate_r, 0.012, a.segments(plate_r), (0, 0, 0), plate_r * 1.08),
        "plate",
        PLATE,
        Tier.SECONDARY,
    )
    side = a.vary(0.06, 0.08)
    triangle = [(0.0, side * 0.58), (-side / 2, -side * 0.29), (side / 2, -side * 0.29)]
    chips = []
    count = a.pick((14, 18, 22))
    core = ellipsoid(
        (plate_r * 0.6, plate_r * 0.6, plate_r * 0.28), a.segments(plate_r), (0, 0, 0.012)
    )
    for k in range(count):
        f = math.sqrt((k + 0.5) / count)
        t = k * 2.39996
        r = plate_r * 0.6 * f
        z = 0.01 + plate_r * 0.28 * math.sqrt(max(0.0, 1 - f * f))  # sunk into the heap
        chip = prism(triangle, 0.003).rotate(
            (a.between(-35, 35), a.between(-35, 35), math.degrees(t) + a.between(0, 120))
        )
        chips.append(chip.translate((r * math.cos(t), r * math.sin(t), z)))
    a.add(union([core, *chips]), "chips", CHIPS)
    blobs = []
    for k in range(9):
        t = k * 2.39996 + 0.7
        r = plate_r * 0.45 * math.sqrt((k + 0.5) / 9)
        z = 0.012 + plate_r * 0.28 * math.sqrt(max(0.0, 1 - (r / (plate_r * 0.6)) ** 2))
        blobs.append(ellipsoid((0.022, 0.016, 0.008), 12, (r * math.cos(t), r * math.sin(t), z)))
    a.add(union(blobs), "cheese", CHEESE, Tier.SECONDARY)
    dots = [
        sphere(
            0.007,
            8,
            (
                plate_r * 0.3 * math.cos(k * 1.9),
                plate_r * 0.3 * math.sin(k * 1.9),
                0.012 + plate_r * 0.28 * 0.87,
            ),
        )
        for k in range(4)
    ]
    a.add(union(dots), "salsa", SALSA, Tier.FIXED)
    slices = [
        cylinder(
            0.008,
            0.004,
            10,
            (
                plate_r * 0.15 * math.cos(k * 2.5 + 1),
                plate_r * 0.15 * math.sin(k * 2.5 + 1),
                0.012 + plate_r * 0.28 * 0.97,
            ),
        )
        for k in range(3)
    ]
    a.add(union(slices), "jalapeno", JALAPENO, Tier.FIXED)


TEMPLATE = Template(
    "nachos",
    build_nachos,
    0.07,
    description="a plate heaped with triangular tortilla chips under melted cheese and salsa",
    synonyms=("nacho", "plate of nachos", "tortilla chips", "tortilla chip"),
    kinds=("loaded nachos", "nachos supreme"),
    parts=("plate", "chips", "cheese", "salsa", "jalapeno"),
    aliases={"chip": "chips", "sauce": "salsa", "peppers": "jalapeno", "dish": "plate"},
)
