"""A four leaf clover: four heart-shaped leaflets spread flat on a short curved stalk, standing
on a small tuft; a shamrock has three."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, cylinder, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

GREENS: tuple[RGB, ...] = ((70, 150, 60), (60, 135, 55), (85, 165, 70))
MARK: RGB = (190, 220, 170)
SOIL: RGB = (95, 70, 50)


def _heart(size: float, thick: float) -> Manifold:
    """A heart-shaped leaflet lying flat, its point at the origin, lobes out along +X."""
    lobes = [
        ellipsoid((size * 0.42, size * 0.3, thick), 20, (size * 0.55, side * size * 0.24, 0.0))
        for side in (-1, 1)
    ]
    point = ellipsoid((size * 0.45, size * 0.2, thick), 16, (size * 0.3, 0.0, 0.0))
    return union([*lobes, point])


def build_four_leaf_clover(a: Assembly) -> None:
    """A clover: heart-shaped leaflets spread flat on a short curved stalk above a tuft."""
    size = a.vary(0.035, 0.08)
    height = a.vary(0.06, 0.1)
    count = 3 if a.mentions("shamrock", "three leaf", "trefoil") else 4
    a.add(cylinder(0.014, 0.006, a.segments(0.014)), "base", SOIL, Tier.FIXED)
    lean = a.between(-0.01, 0.01)
    top: Vec3 = (lean, -height * 0.15, height)
    a.add(
        tube([(0, 0, 0.004), (lean * 0.3, -height * 0.02, height * 0.5), top], 0.0025, 8),
        "stem",
        GREENS[1],
        Tier.FIXED,
    )
    green = a.pick(GREENS)
    tilt = a.between(8, 18)  # leaflets cupped a little upwards
    face = a.between(30, 40)  # the whole head turned to face the front
    leaves, marks = [], []
    for k in range(count):
        turn = 360 * k / count + 45
        leaf = _heart(size, size * 0.05).rotate((0, -tilt, turn)).rotate((face, 0, 0))
        leaves.append(leaf.translate(top))
        mark = ellipsoid((size * 0.12, size * 0.05, size * 0.055), 10, (size * 0.45, 0.0, 0.0))
        marks.append(mark.rotate((0, -tilt, turn)).rotate((face, 0, 0)).translate(top))
    a.add(union(leaves), "leaf", green)
    if a.maybe("marking", 0.6):
        a.add(union(marks), "marking", MARK, Tier.FIXED)


TEMPLATE = Template(
    "four leaf clover",
    build_four_leaf_clover,
    0.1,
    description="a lucky little green plant with four heart-shaped leaves on one stem",
    synonyms=("clover", "shamrock", "lucky clover", "clover leaf", "four leafed clover"),
    kinds=("three leaf clover",),
    parts=("leaf", "stem", "marking", "base"),
    aliases={"leaves": "leaf", "leaflet": "leaf", "stalk": "stem", "soil": "base"},
)
