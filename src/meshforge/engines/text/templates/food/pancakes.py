"""A stack of pancakes: soft round discs topped with a pat of butter and a pool of syrup."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import dome, lathe, rounded_box, sphere, union

BATTERS: tuple[RGB, ...] = ((225, 170, 95), (215, 155, 80), (230, 180, 110))
SYRUP: RGB = (150, 70, 20)
BUTTER: RGB = (250, 230, 140)
BERRIES: tuple[RGB, ...] = ((60, 50, 120), (200, 30, 45))


def _pancake(radius: float, thick: float) -> list[tuple[float, float]]:
    """The (radius, height) outline of one pancake: flat faces, a soft round edge."""
    points = [(0.0, 0.0)]
    for k in range(9):
        angle = -math.pi / 2 + math.pi * k / 8
        points.append(
            (
                radius - thick / 2 + thick / 2 * math.cos(angle),
                thick / 2 + thick / 2 * math.sin(angle),
            )
        )
    points.append((0.0, thick))
    return points


def build_pancakes(a: Assembly) -> None:
    """A stack of pancakes: soft round discs topped with a pat of butter and a pool of syrup."""
    radius, thick = a.vary(0.08, 0.08), a.vary(0.014, 0.1)
    count = a.count("pancake", a.pick((3, 4, 5)), 1, 10)
    batter = a.pick(BATTERS)
    z = 0.0
    for _ in range(count):
        r = radius * a.vary(1.0, 0.04)
        at = (a.between(-0.004, 0.004), a.between(-0.004, 0.004), z)
        a.add(lathe(_pancake(r, thick), a.segments(r), at), "pancake", batter)
        z += thick * 0.92
    top = z + thick * 0.08
    if a.wants("syrup"):
        pool = dome(
            (radius * 0.75, radius * 0.7, thick * 0.35),
            a.segments(radius),
            (0, 0, top - thick * 0.15),
        )
        drips = [
            sphere(
                thick * 0.35,
                12,
                (radius * 0.88 * math.cos(t), radius * 0.88 * math.sin(t), top - thick * 0.5),
            )
            for t in (0.4, 2.2, 3.9, 5.2)
        ]
        a.add(union([pool, *drips]), "syrup", SYRUP, Tier.FIXED)
    if a.wants("butter"):
        pat = rounded_box(
            (radius * 0.35, radius * 0.35, thick * 0.6), thick * 0.1, 12, (0, 0, top + thick * 0.2)
        )
        a.add(pat.rotate((0, 0, a.between(0, 45))), "butter", BUTTER, Tier.FIXED)
    if a.maybe("berry", 0.3, "blueberry", "strawberry"):
        color = BERRIES[1] if a.mentions("strawberr", "raspberr") else BERRIES[0]
        for k in range(5):
            t = 2 * math.pi * k / 5 + 0.3
            spot = (radius * 0.5 * math.cos(t), radius * 0.5 * math.sin(t), top + thick * 0.15)
            a.add(sphere(thick * 0.45, 12, spot), "berry", color, Tier.FIXED)


TEMPLATE = Template(
    "pancakes",
    build_pancakes,
    0.07,
    description="a stack of golden pancakes with butter and maple syrup",
    synonyms=("pancake", "stack of pancakes", "hotcakes", "flapjacks"),
    kinds=("blueberry pancakes", "crepes"),
    parts=("pancake", "syrup", "butter", "berry"),
    aliases={"maple syrup": "syrup", "stack": "pancake", "blueberries": "berry"},
)
