"""A lily: a tall leafy stem topped by one to three big trumpet flowers, six long petals each
curling back at their tips, with long stamens standing out of the throat."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, rod, sphere, union

PETALS: tuple[RGB, ...] = ((250, 250, 245), (245, 150, 175), (250, 140, 40), (250, 220, 80))
TIGER: RGB = (245, 110, 30)
STEM: RGB = (70, 130, 60)
POLLEN: RGB = (150, 70, 30)


def _bloom(size: float) -> tuple[Manifold, Manifold]:
    """One flower opening along +Z from the origin: its six petals and its stamens."""
    petals, stamens = [], []
    for k in range(6):
        turn = math.radians(60 * k)
        out = (math.cos(turn), math.sin(turn))
        mid: Vec3 = (out[0] * size * 0.35, out[1] * size * 0.35, size * 0.6)
        tip: Vec3 = (out[0] * size * 0.75, out[1] * size * 0.75, size * 0.55)  # curled back
        petals.append(spindle((0.0, 0.0, -size * 0.05), mid, size * 0.14, 12, 0.35))
        petals.append(
            spindle((mid[0] * 0.8, mid[1] * 0.8, mid[2] * 0.8), tip, size * 0.12, 12, 0.35)
        )
        end = (out[0] * size * 0.25, out[1] * size * 0.25, size * 0.8)
        stamens.append(rod((0.0, 0.0, 0.0), end, size * 0.012, 6))
        stamens.append(sphere(size * 0.04, 8, end))
    return union(petals), union(stamens)


def build_lily(a: Assembly) -> None:
    """A lily: a tall leafy stem topped by trumpet flowers with recurved petals and stamens."""
    height = a.vary(0.5, 0.12)
    tiger = a.mentions("tiger")
    petal = TIGER if tiger else a.pick(PETALS)
    a.add(cylinder(0.035, 0.012, a.segments(0.035)), "base", STEM, Tier.FIXED)
    a.add(rod((0, 0, 0), (0, 0, height), 0.006, 10), "stem", STEM, Tier.FIXED)
    leaves = []
    for k in range(a.pick((6, 8, 10))):
        z = height * (0.15 + 0.6 * k / 10)
        yaw = math.radians(137.5 * k)
        end = (0.09 * math.cos(yaw), 0.09 * math.sin(yaw), z + 0.05)
        leaves.append(spindle((0, 0, z), end, 0.012, 10, 0.3))
    a.add(union(leaves), "leaf", STEM, Tier.FIXED)
    size = a.vary(0.15, 0.1)
    blooms, stamens, stalks = [], [], []
    count = a.count("flower", a.pick((1, 2, 3)), 1, 4)
    for k in range(count):
        yaw = 360 * k / count + a.between(-20, 20)
        tilt = 0 if count == 1 else a.between(45, 70)
        reach = 0.0 if count == 1 else 0.05
        base: Vec3 = (
            reach * math.cos(math.radians(yaw)),
            reach * math.sin(math.radians(yaw)),
            height + (0 if count == 1 else 0.03),
        )
        stalks.append(capsule((0, 0, height - 0.02), base, 0.005, 8))
        petal_set, stamen_set = _bloom(size)
        pose = (0.0, tilt if count > 1 else 25.0, yaw)
        blooms.append(petal_set.rotate(pose).translate(base))
        stamens.append(stamen_set.rotate(pose).translate(base))
    a.add(union(stalks), "stem", STEM, Tier.FIXED)
    a.add(union(blooms), "petal", petal)
    a.add(union(stamens), "stamen", POLLEN, Tier.SECONDARY)


TEMPLATE = Template(
    "lily",
    build_lily,
    0.7,
    description="a tall flower with big trumpet blooms of six long curling petals and stamens",
    synonyms=("lilies", "lily flower", "tiger lily"),
    kinds=("easter lily", "stargazer lily", "asiatic lily", "tiger lilies"),
    not_claimed=("water lily", "peace lily", "lily pad", "calla lily", "lily of the valley"),
    parts=("base", "stem", "leaf", "petal", "stamen"),
    aliases={
        "leaves": "leaf",
        "petals": "petal",
        "flower": "petal",
        "flowers": "petal",
        "bloom": "petal",
        "stamens": "stamen",
    },
    kinds_in_wordnet=("lily",),
)
