"""A hot tub: a square wood-clad spa, its rounded basin full of bubbling water, a step in front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, slab, sphere, subtract, union

CLADDING: tuple[RGB, ...] = ((120, 80, 50), (90, 70, 55), (150, 115, 80), (70, 70, 75))
SHELL: tuple[RGB, ...] = ((235, 235, 232), (200, 205, 210), (120, 125, 135))
WATER: RGB = (90, 185, 215)
FOAM: RGB = (240, 248, 252)


def build_hot_tub(a: Assembly) -> None:
    """A square wood-clad spa, its rounded basin full of bubbling water, a step in front."""
    side, height = a.vary(2.1, 0.1), a.vary(0.9, 0.08)
    round_tub = a.mentions("round", "barrel", "wooden", "cedar") and a.chance(0.7)
    wood = a.pick(CLADDING)
    if round_tub:
        body = cylinder(side / 2, height, a.segments(side / 2))
        basin = cylinder(side / 2 - 0.1, height, a.segments(side / 2), (0, 0, 0.25))
    else:
        body = slab((side, side, height), 0.15, 16, (0, 0, height / 2))
        basin = slab((side - 0.3, side - 0.3, height), 0.3, 16, (0, 0, height / 2 + 0.25))
    a.add(subtract(body, basin), "cabinet", wood)
    if not round_tub:
        rim = subtract(
            slab((side + 0.04, side + 0.04, 0.08), 0.17, 16, (0, 0, height - 0.02)),
            slab((side - 0.3, side - 0.3, 0.4), 0.3, 16, (0, 0, height)),
        )
        a.add(rim, "rim", SHELL, Tier.SECONDARY)
        for sx in (-1, 1):  # corner seats moulded in the shell
            seat = box((0.5, 0.5, 0.4), (sx * (side / 2 - 0.4), side / 2 - 0.4, 0.45))
            a.add(seat, "seat", SHELL, Tier.SECONDARY)
    water_top = height - a.vary(0.12, 0.2)
    inner = side - 0.2
    water = cylinder(inner / 2, water_top - 0.2, a.segments(inner / 2), (0, 0, 0.2))
    water = (
        water if round_tub else box((inner, inner, water_top - 0.2), (0, 0, water_top / 2 + 0.1))
    )
    a.add(water, "water", WATER, Tier.FIXED)
    if a.maybe("bubbles", 0.8, "bubbling", "foam", "jets"):
        bubbles = [
            sphere(
                a.between(0.03, 0.06),
                8,
                (
                    a.between(-0.6, 0.6) * inner / 2 * 1.2,
                    a.between(-0.6, 0.6) * inner / 2 * 1.2,
                    water_top,
                ),
            )
            for _ in range(a.count("bubbles", 18, 0, 40))
        ]
        if bubbles:
            a.add(union(bubbles), "bubbles", FOAM, Tier.FIXED)
    if a.wants("step"):
        step = box((side * 0.5, 0.4, 0.3), (0, -side / 2 - 0.18, 0.15))
        a.add(step, "step", wood)


TEMPLATE = Template(
    "hot tub",
    build_hot_tub,
    0.9,
    description="a hot tub: a square outdoor spa tub of hot bubbling water with seats inside",
    synonyms=("spa tub", "hottub", "whirlpool tub", "outdoor spa"),
    kinds=("jacuzzi tub", "cedar hot tub", "wooden hot tub"),
    parts=("cabinet", "rim", "seat", "water", "bubbles", "step"),
    aliases={"cladding": "cabinet", "shell": "rim", "bubble": "bubbles", "jets": "bubbles"},
)
