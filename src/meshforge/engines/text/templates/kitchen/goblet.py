"""A goblet: a metal drinking cup on a knopped stem and a wide foot, maybe set with jewels."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, sphere, vessel
from meshforge.engines.text.kit.tableware import smooth_outline

METALS: tuple[str, ...] = ("gold", "silver", "gold", "bronze")
JEWELS: tuple[RGB, ...] = ((200, 30, 50), (40, 90, 200), (40, 160, 80), (130, 50, 170))


def build_goblet(a: Assembly) -> None:
    """A goblet: a wide foot, a stem with one or two knops, a deep rounded bowl; jewels maybe."""
    metal = MATERIALS.get(a.pick(METALS), MATERIALS["gold"])
    color = metal.rgb
    bowl_r, bowl_h = a.vary(0.045, 0.12), a.vary(0.075, 0.15)
    stem_h, foot_r = a.vary(0.075, 0.2), bowl_r * a.between(0.8, 1.0)
    seg = a.segments(bowl_r)
    # the foot and stem: one turned profile, a domed foot rising into a stem with knops
    knop_z = stem_h * a.between(0.45, 0.6)
    knop_r = a.between(0.011, 0.016)
    stem = [
        (0.0, 0.0),
        (foot_r, 0.0),
        (foot_r, 0.004),
        (foot_r * 0.55, 0.012),
        (0.011, stem_h * 0.28),
        (0.007, knop_z - knop_r * 1.1),
        (knop_r, knop_z),
        (0.007, knop_z + knop_r * 1.1),
        (0.008, stem_h - 0.006),
        (bowl_r * 0.3, stem_h + 0.002),
        (0.0, stem_h + 0.002),
    ]
    a.add(lathe(stem, seg), "stem", color, material=metal)
    shape = [0.2, 0.72, 0.93, 1.0, 1.02] if a.chance(0.6) else [0.25, 0.85, 1.0, 1.0, 0.95]
    outline = smooth_outline([bowl_r * c for c in shape], bowl_h, 20)
    a.add(
        vessel(outline, 0.0025, 0.008, seg).translate((0, 0, stem_h - 0.002)),
        "bowl",
        color,
        material=metal,
    )
    if a.maybe("jewel", 0.4, "jewel", "jewelled", "jeweled", "gem", "gems", "ornate"):
        count = a.count("jewel", 6, 3, 12)
        z = stem_h + bowl_h * 0.45
        r = float(np.interp(bowl_h * 0.45, [h for _, h in outline], [r for r, _ in outline]))
        for k in range(count):
            angle = 2 * math.pi * k / count
            centre = (r * math.cos(angle), r * math.sin(angle), z)
            a.add(sphere(0.006, 12, centre), "jewel", a.pick(JEWELS), Tier.SECONDARY)
    if a.maybe("wine", 0.2, "wine", "filled", "full"):
        level = bowl_h * 0.7
        inner = [(r - 0.0022, h) for r, h in outline if 0.006 < h < level]
        fill = lathe([(0.0, 0.006), *inner, (0.0, inner[-1][1])], seg)
        a.add(fill.translate((0, 0, stem_h - 0.002)), "wine", (120, 20, 45), Tier.FIXED)


TEMPLATE = Template(
    "goblet",
    build_goblet,
    0.15,
    description="a goblet: a metal drinking cup with a deep bowl on a stem and a round foot",
    synonyms=("chalice", "grail", "holy grail", "drinking goblet"),
    kinds=("wine goblet", "medieval goblet", "communion cup"),
    parts=("bowl", "stem", "jewel", "wine"),
    aliases={
        "foot": "stem",
        "base": "stem",
        "gem": "jewel",
        "gems": "jewel",
        "jewels": "jewel",
        "cup": "bowl",
    },
)
