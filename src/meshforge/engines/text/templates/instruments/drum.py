"""A marching drum: a shell, a white head, rims laced by zigzag cords, two sticks on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, union
from meshforge.engines.text.kit.sweeps import hoop

DRUM_SHELLS: tuple[RGB, ...] = ((220, 40, 40), (250, 200, 30), (40, 100, 200), (40, 40, 45))


WOOD: RGB = (215, 175, 120)


def build_drum(a: Assembly) -> None:
    """A marching drum: a shell, a white head, rims laced by zigzag cords, two sticks on top."""
    radius, height = a.vary(0.18, 0.1), a.vary(0.16, 0.15)
    shell = a.pick(DRUM_SHELLS)
    rim = a.pick(((220, 180, 60), (200, 200, 205), (245, 245, 240)))
    # rings of vertices up the side keep the shell's colour between the cords laced across it
    wall = [(radius, height * k / 8) for k in range(9)]
    a.add(lathe([(0.0, 0.0), *wall, (0.0, height)], a.segments(radius)), "shell", shell)
    a.add(
        # turned with rings of vertices across its top, so that the sticks lying on it
        # colour only their own footprint (fusion colours seams by vertex)
        lathe(
            [(0.0, height - 0.002), (radius * 0.98, height - 0.002)]
            + [(radius * 0.98 * k / 8, height + 0.004) for k in range(8, -1, -1)],
            a.segments(radius),
        ),
        "head",
        (245, 243, 235),
        Tier.FIXED,
    )
    for z in (radius * 0.06, height - radius * 0.04):
        a.add(
            hoop(radius * 1.01, radius * 0.05, a.segments(radius), (0, 0, z)),
            "rim",
            rim,
            Tier.SECONDARY,
        )
    # A hidden core inside the shell joins the cords so that they outrank it in area: the
    # seams where cords cross the shell then keep the shell's colour (see fusion).
    lacing = [cylinder(radius * 0.9, height * 0.8, a.segments(radius), (0, 0, height * 0.1))]
    cords = 10
    for k in range(cords):
        t0, t1 = 2 * math.pi * k / cords, 2 * math.pi * (k + 0.5) / cords
        low = (radius * 1.01 * math.cos(t0), radius * 1.01 * math.sin(t0), radius * 0.06)
        high = (radius * 1.01 * math.cos(t1), radius * 1.01 * math.sin(t1), height - radius * 0.04)
        t2 = t0 + 2 * math.pi / cords
        nxt = (radius * 1.01 * math.cos(t2), radius * 1.01 * math.sin(t2), radius * 0.06)
        lacing += [rod(low, high, radius * 0.012, 6), rod(high, nxt, radius * 0.012, 6)]
    a.add(union(lacing), "cord", (240, 235, 220), Tier.FIXED)
    if a.maybe("stick", 0.6):
        for side in (-1, 1):
            stick = rod(
                (side * radius * 0.7, -radius * 0.6, height + 0.01),
                (-side * radius * 0.5, radius * 0.7, height + 0.01),
                0.007,
                8,
            )
            a.add(stick, "stick", WOOD, Tier.FIXED)


TEMPLATE = Template(
    "drum",
    build_drum,
    0.2,
    description="a percussion instrument with a skin stretched over a shell",
    synonyms=("snare drum", "toy drum", "bass drum", "tom drum"),
    kinds=(
        "bongo",
        "conga",
        "djembe",
        "tom tom",
        "kettledrum",
        "timpani",
        "tabla",
        "taiko",
    ),
    parts=("shell", "head", "rim", "cord", "stick"),
    aliases={"skin": "head", "drumstick": "stick", "rope": "cord", "hoop": "rim"},
)
