"""A Ferris wheel: a big spoked wheel turning on an A-frame, gondolas hanging round its rim."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod, slab, union
from meshforge.engines.text.kit.sweeps import hoop

FRAMES: tuple[RGB, ...] = ((235, 235, 230), (200, 60, 50), (60, 90, 160), (170, 175, 180))


def build_ferris_wheel(a: Assembly) -> None:
    """A big spoked wheel turning on an A-frame, gondolas hanging round its rim."""
    frame = a.pick(FRAMES)
    r = a.vary(20.0, 0.12)
    hub_z = r + a.vary(4.0, 0.2)
    rims = [
        hoop(r, 0.35, 96, (0, 0, 0)).rotate((90, 0, 0)).translate((0, y, hub_z))
        for y in (-1.2, 1.2)
    ]
    a.add(union(rims), "wheel", frame)
    spokes = a.count("spoke", 16, 8, 32)
    bars = []
    for k in range(spokes):
        t = 2 * math.pi * k / spokes
        x, z = r * math.cos(t), hub_z + r * math.sin(t)
        for y in (-1.2, 1.2):
            bars.append(rod((0, y * 0.4, hub_z), (x, y, z), 0.15, 6))
        bars.append(rod((x, -1.2, z), (x, 1.2, z), 0.15, 6))
    a.add(union(bars), "spoke", frame)
    a.add(rod((0, -2.5, hub_z), (0, 2.5, hub_z), 1.0, 16), "hub", (90, 92, 98), Tier.FIXED)
    for y in (-2.2, 2.2):
        for sx in (-1, 1):
            leg = rod((sx * r * 0.45, y * 2.5, 0), (0, y, hub_z), 0.6, 8)
            a.add(leg, "frame", frame)
    a.add(box((r * 1.1, 14.0, 0.6), (0, 0, 0.3)), "base", (150, 148, 142), Tier.FIXED)
    colors = [a.pick(BRIGHTS) for _ in range(3)]
    cabins = a.count("gondola", spokes, 4, 32)
    for k in range(cabins):
        t = 2 * math.pi * (k + 0.5) / cabins
        x, z = r * math.cos(t), hub_z + r * math.sin(t)
        a.add(rod((x, -1.2, z), (x, -1.2, z - 1.6), 0.12, 6), "gondola", frame)
        cabin = slab((2.0, 1.8, 2.0), 0.5, 12, (x, -1.2, z - 2.4))
        a.add(cabin, "gondola", colors[k % 3], Tier.SECONDARY)


TEMPLATE = Template(
    "ferris wheel",
    build_ferris_wheel,
    45.0,
    description="a ferris wheel: a giant fairground wheel with cabins hanging round its rim",
    synonyms=("big wheel", "observation wheel", "ferris wheels"),
    kinds=("london eye", "fairground wheel"),
    parts=("wheel", "spoke", "hub", "frame", "base", "gondola"),
    aliases={
        "rim": "wheel",
        "cabin": "gondola",
        "cabins": "gondola",
        "cars": "gondola",
        "legs": "frame",
    },
)
