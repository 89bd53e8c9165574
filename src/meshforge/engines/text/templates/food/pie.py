"""A pie: a golden crust in a shallow dish, a crimped rim and a lattice (or slit) top."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import box, cylinder, lathe, sphere, union

FILLINGS: tuple[RGB, ...] = ((160, 30, 45), (120, 40, 90), (215, 150, 60), (230, 120, 40))
DISHES: tuple[RGB, ...] = ((235, 235, 230), (60, 110, 170), (200, 90, 60))


def build_pie(a: Assembly) -> None:
    """A pie: a golden crust in a shallow dish, a crimped rim and a lattice (or slit) top."""
    radius, depth = a.vary(0.12, 0.08), a.vary(0.04, 0.1)
    crust = a.pick(CRUSTS)
    if a.wants("dish"):
        dish = [
            (0.0, 0.0),
            (radius * 0.8, 0.0),
            (radius * 1.08, depth * 0.9),
            (radius * 1.14, depth * 0.9),
        ]
        dish += [(radius * 1.14, depth * 0.98), (0.0, depth * 0.98)]
        a.add(lathe(dish, a.segments(radius)), "dish", DISHES, Tier.FIXED)
    # the pie in the dish: a low cylinder, its top a little domed
    top = depth * 1.1
    body = cylinder(radius * 0.8, top, a.segments(radius), (0, 0, depth * 0.05), radius * 1.02)
    lattice = a.mentions("lattice", "cherry", "blueberry", "berry") or a.chance(0.55)
    a.add(body, "filling" if lattice else "crust", a.pick(FILLINGS) if lattice else crust)
    if lattice and a.wants("crust"):
        strips = []
        count = a.pick((5, 6, 7))
        for k in range(count):
            offset = radius * 1.8 * ((k + 0.5) / count - 0.5)
            for turn in (0, 90):
                strip = box(
                    (radius * 2.2, radius * 0.12, depth * 0.16), (0, offset, top + depth * 0.05)
                )
                strips.append(strip.rotate((0, 0, turn)))
        disc = cylinder(radius * 0.96, depth, a.segments(radius), (0, 0, top - depth * 0.2))
        woven = Manifold.batch_boolean([union(strips), disc], OpType.Intersect)
        a.add(woven, "crust", crust)
    elif not lattice and a.wants("vent"):
        slits = [
            box((radius * 0.04, radius * 0.3, depth * 0.3), (0, radius * 0.35, top)).rotate(
                (0, 0, 360 * k / 5)
            )
            for k in range(5)
        ]
        a.add(union(slits), "vent", a.pick(FILLINGS), Tier.FIXED)
    if a.wants("rim"):
        bumps = a.pick((18, 22, 26))
        beads = [
            sphere(
                radius * 0.1,
                12,
                (
                    radius * math.cos(2 * math.pi * k / bumps),
                    radius * math.sin(2 * math.pi * k / bumps),
                    top,
                ),
            )
            for k in range(bumps)
        ]
        a.add(union(beads), "rim", crust)


TEMPLATE = Template(
    "pie",
    build_pie,
    0.06,
    description="a round baked fruit pie with a golden lattice crust in a dish",
    synonyms=("fruit pie", "cherry pie", "apple pie", "blueberry pie", "pumpkin pie", "tart"),
    kinds=("pecan pie", "key lime pie", "pot pie"),
    not_claimed=("pizza pie", "pie chart"),
    parts=("dish", "crust", "filling", "vent", "rim"),
    aliases={"pastry": "crust", "lattice": "crust", "plate": "dish", "tin": "dish"},
)
