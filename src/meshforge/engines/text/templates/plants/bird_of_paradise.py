"""A bird of paradise, the flower (strelitzia): a tall stalk ending in a level beak-like sheath,
orange crest petals and a blue tongue rising from it, above a clump of paddle leaves."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, cylinder, rod
from meshforge.engines.text.kit.sweeps import tube

STALK: RGB = (85, 130, 70)
LEAF: tuple[RGB, ...] = ((60, 120, 65), (70, 135, 70), (55, 110, 75))
SHEATH: RGB = (95, 110, 90)
CREST: tuple[RGB, ...] = ((250, 140, 30), (245, 120, 25), (250, 165, 40))
TONGUE: RGB = (60, 70, 190)
SOIL: RGB = (95, 70, 50)


def _blade(start: Vec3, end: Vec3, radius: float, flat: float) -> Manifold:
    """A pointed blade from ``start`` to ``end``, its root sunk behind ``start`` so that it
    grows out of what it starts on rather than touching it at a point."""
    root: Vec3 = (
        start[0] - (end[0] - start[0]) * 0.2,
        start[1] - (end[1] - start[1]) * 0.2,
        start[2] - (end[2] - start[2]) * 0.2,
    )
    return spindle(root, end, radius, 16, flat)


def build_bird_of_paradise(a: Assembly) -> None:
    """A strelitzia: a level beak-like sheath on a tall stalk, orange crest, blue tongue, leaves."""
    height = a.vary(0.75, 0.08)
    f = a.vary(1.5, 0.06)  # the flower's scale: large, so that it reads at the plant's size
    a.add(cylinder(0.08, 0.03, a.segments(0.08)), "base", SOIL, Tier.FIXED)
    top: Vec3 = (0.0, 0.02, height)
    # the stalk bends over at the top into the sheath, which points forward and a little up
    stalk = [
        (0.0, 0.0, 0.02),
        (0.0, 0.01, height * 0.5),
        (0.0, 0.03, height * 0.92),
        top,
    ]
    a.add(tube(stalk, 0.009, 12, 0.011), "stem", STALK, Tier.FIXED)
    tip: Vec3 = (0.0, top[1] - 0.2 * f, top[2] + 0.04 * f)
    sheath = spindle((0.0, top[1] + 0.03, top[2] - 0.01), tip, 0.024 * f, 20, 0.6)
    a.add(sheath, "sheath", SHEATH)
    crest_root: Vec3 = (0.0, top[1] - 0.06 * f, top[2] + 0.01 * f)
    crest = a.pick(CREST)
    fan = a.between(18, 28)
    for k, turn in enumerate((-fan, -fan / 2, 0.0, fan / 2, fan)):
        length = 0.13 * f * (1.0 if k == 2 else 0.85)
        lean = math.radians(25)  # back over the sheath
        end: Vec3 = (
            crest_root[0] + length * math.sin(math.radians(turn)),
            crest_root[1] + length * math.sin(lean),
            crest_root[2] + length * math.cos(lean) * math.cos(math.radians(turn)),
        )
        a.add(_blade(crest_root, end, 0.014 * f, 0.5), "petal", crest)
    tongue_end: Vec3 = (0.0, crest_root[1] - 0.08 * f, crest_root[2] + 0.07 * f)
    a.add(_blade(crest_root, tongue_end, 0.009 * f, 0.6), "tongue", TONGUE, Tier.SECONDARY)
    if a.wants("leaf"):
        leaf = a.pick(LEAF)
        count = a.pick((3, 4, 5))
        for k in range(count):
            heading = math.radians(360 * k / count + a.between(-20, 20) + 30)
            reach, rise = a.between(0.08, 0.16), height * a.between(0.4, 0.6)
            joint: Vec3 = (reach * math.cos(heading), reach * math.sin(heading), rise)
            a.add(rod((0.0, 0.0, 0.02), joint, 0.006, 8, 0.005), "stem", STALK, Tier.FIXED)
            blade_end: Vec3 = (joint[0] * 1.6, joint[1] * 1.6, rise + height * 0.33)
            a.add(_blade(joint, blade_end, 0.06, 0.15), "leaf", leaf)


TEMPLATE = Template(
    "bird of paradise",
    build_bird_of_paradise,
    0.95,
    description="a tropical flower with orange crest petals and a blue tongue on a beak-like stalk",
    synonyms=("strelitzia", "crane flower", "birds of paradise"),
    kinds=("strelitzia plant", "paradise flower", "strelitzia flower"),
    parts=("base", "stem", "sheath", "petal", "tongue", "leaf"),
    aliases={
        "petals": "petal",
        "leaves": "leaf",
        "stalk": "stem",
        "beak": "sheath",
        "soil": "base",
    },
)
