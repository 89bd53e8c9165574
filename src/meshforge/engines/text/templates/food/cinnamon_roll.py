"""A cinnamon roll: a squat spiral of rolled sweet dough, cinnamon showing between the turns,
drizzled or glazed with white icing on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, union
from meshforge.engines.text.kit.sweeps import tube

CINNAMON: RGB = (120, 65, 35)
ICING: RGB = (250, 248, 240)


def _spiral(turns: float, outer: float, z: float, samples: int) -> list[Vec3]:
    """An Archimedean spiral from near the middle out to ``outer``, at height ``z``."""
    inner = outer / (turns + 1)
    points: list[Vec3] = []
    for k in range(samples):
        t = k / (samples - 1)
        angle = 2 * math.pi * turns * t
        r = inner + (outer - inner) * t
        points.append((r * math.cos(angle), r * math.sin(angle), z))
    return points


def build_cinnamon_roll(a: Assembly) -> None:
    """A cinnamon roll: a squat spiral of rolled dough, cinnamon between its turns, iced."""
    radius, height = a.vary(0.05, 0.08), a.vary(0.035, 0.1)
    turns = a.pick((2.5, 3.0))
    pitch = radius / (turns + 1)
    outer = radius - pitch * 0.55
    inner = outer / (turns + 1)
    # the dark cinnamon filling: a core inside the last turn, showing in the grooves between
    last_turn = inner + (outer - inner) * (turns - 1) / turns
    # (kept inside the turn before the last, so that it never pokes out through the side)
    core = cylinder(
        last_turn - pitch * 0.45, height * 0.9, a.segments(radius), (0, 0, height * 0.05)
    )
    a.add(core, "filling", CINNAMON, Tier.FIXED)
    # the dough: a tube coiled flat, each turn pressing into the last, then stretched upwards
    coil = tube(_spiral(turns, outer, 0.0, int(turns * 24)), pitch * 0.58, 16)
    coil = coil.scale((1.0, 1.0, height / (pitch * 1.16))).translate((0, 0, height / 2))
    a.add(coil, "dough", a.pick(CRUSTS))
    if a.wants("icing"):
        # a drizzle of icing in lines across the top, following its rounded turns
        lines = []
        for k in range(a.pick((3, 4))):
            y = radius * (-0.45 + 0.3 * k) + a.between(-0.05, 0.05) * radius
            half = math.sqrt(max(0.0, (radius * 0.85) ** 2 - y * y))
            wobble = a.between(-0.15, 0.15) * radius
            start: Vec3 = (-half, y - wobble, height * 0.93)
            end: Vec3 = (half, y + wobble, height * 0.93)
            lines.append(capsule(start, end, radius * 0.035, 10))
        icing = union(lines).rotate((0, 0, a.between(0, 180)))
        a.add(icing, "icing", ICING, Tier.SECONDARY)


TEMPLATE = Template(
    "cinnamon roll",
    build_cinnamon_roll,
    0.04,
    description="a spiral sweet bun swirled with cinnamon and topped with white icing",
    synonyms=("cinnamon rolls", "cinnamon bun", "cinnamon buns", "cinnabon"),
    kinds=("sticky bun", "cinnamon swirl", "kanelbulle", "chelsea bun"),
    parts=("dough", "filling", "icing"),
    aliases={
        "cinnamon": "filling",
        "swirl": "dough",
        "glaze": "icing",
        "frosting": "icing",
        "bun": "dough",
    },
)
