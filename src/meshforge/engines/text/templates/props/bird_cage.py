"""A bird cage: a round base, a ring of thin upright bars under a domed top, a hanging ring."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, cylinder, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

METALS: tuple[RGB, ...] = ((235, 235, 230), (200, 165, 70), (40, 40, 44), (170, 175, 180))
BASES: tuple[RGB, ...] = ((235, 235, 230), (120, 80, 50), (40, 40, 44))
PERCH: RGB = (170, 125, 75)


def build_bird_cage(a: Assembly) -> None:
    """A round base, a ring of thin upright bars under a domed top, a hanging ring."""
    metal, base_color = a.pick(METALS), a.pick(BASES)
    r, wall = a.vary(0.2, 0.1), a.vary(0.32, 0.12)
    base_h = 0.06
    a.add(cylinder(r * 1.08, base_h, a.segments(r)), "base", base_color, Tier.SECONDARY)
    bars = a.count("bar", a.pick((16, 20, 24)), 8, 36)
    wire = 0.004
    dome_r = r
    top = base_h + wall
    struts = []
    for k in range(bars):
        t = 2 * math.pi * k / bars
        x, y = r * math.cos(t), r * math.sin(t)
        struts.append(rod((x, y, base_h - 0.01), (x, y, top), wire, 6))
    a.add(union(struts), "bar", metal)
    for z in (base_h + 0.02, top - wall * 0.35, top):
        a.add(hoop(r, wire * 1.6, a.segments(r), (0, 0, z)), "bar", metal)
    arches = [
        arc_tube((0, 0, top), dome_r, wire, 24, 0, 180).rotate((0, 0, 180 * k / 4))
        for k in range(4)
    ]
    a.add(union(arches), "dome", metal)
    peak = top + dome_r
    a.add(sphere(0.015, 10, (0, 0, peak)), "dome", metal)
    a.add(hoop(0.04, 0.005, 24).rotate((90, 0, 0)).translate((0, 0, peak + 0.05)), "ring", metal)
    a.add(rod((0, 0, peak), (0, 0, peak + 0.012), 0.005, 6), "ring", metal)
    if a.wants("perch"):
        z = base_h + wall * 0.45
        a.add(rod((-r, 0, z), (r, 0, z), 0.008, 8), "perch", PERCH, Tier.FIXED)
    if a.maybe("door", 0.6):
        door = hoop(r * 0.3, wire * 1.5, 24).rotate((90, 0, 0)).scale((1, 1, 1.5))
        a.add(door.translate((0, -r, base_h + wall * 0.4)), "door", metal)


TEMPLATE = Template(
    "bird cage",
    build_bird_cage,
    0.6,
    description="a bird cage: thin metal bars in a ring under a domed top with a hanging ring",
    synonyms=("birdcage", "parrot cage", "bird cages", "canary cage"),
    kinds=("victorian birdcage",),
    parts=("base", "bar", "dome", "ring", "perch", "door"),
    aliases={"bars": "bar", "wires": "bar", "hook": "ring", "top": "dome"},
)
