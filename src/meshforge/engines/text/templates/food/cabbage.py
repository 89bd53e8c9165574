"""A cabbage: a tight round head of pale leaves, wrapped in a few broad outer leaves that curl
open at their edges, their ribs showing."""

from __future__ import annotations

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, sphere, subtract, union
from meshforge.engines.text.kit.vegetables import lumps

HEARTS: tuple[RGB, ...] = ((190, 220, 140), (200, 225, 150), (175, 210, 120))
OUTER: tuple[RGB, ...] = ((95, 160, 70), (110, 170, 80), (85, 145, 75))
RED_HEART: RGB = (130, 50, 100)
RED_OUTER: RGB = (100, 40, 85)


def _leaf(radius: float, thick: float, flare: float, segments: int) -> Manifold:
    """A cupped leaf: a hemisphere shell of ``radius`` about the origin, its pole +Z, its rim
    flaring outwards by ``flare`` of the radius, as an outer leaf peels away from the head."""
    shell = subtract(sphere(radius, segments), sphere(radius - thick, segments))
    cap = shell.trim_by_plane((0, 0, 1), 0.0).refine(2)

    def peel(points: np.ndarray) -> np.ndarray:
        off_pole = np.arctan2(np.hypot(points[:, 0], points[:, 1]), points[:, 2]) / (np.pi / 2)
        moved: np.ndarray = points * (1.0 + flare * np.clip(off_pole, 0.0, 1.0) ** 3)[:, None]
        return moved

    return cap.warp_batch(peel)


def build_cabbage(a: Assembly) -> None:
    """A cabbage: a tight round head of pale leaves wrapped in broad outer leaves curling open."""
    radius = a.vary(0.08, 0.08)
    red = a.mentions("red cabbage", "purple", "radicchio")
    segments = a.segments(radius)
    center: Vec3 = (0.0, 0.0, radius * 0.9)
    head = sphere(radius * 0.85, segments, center).warp_batch(lumps(a, 0.03, 15.0))
    a.add(head, "head", RED_HEART if red else a.pick(HEARTS))
    leaves = []
    count = a.pick((5, 6))
    for k in range(count):
        turn = 360 * k / count + a.between(-15, 15)
        # each outer leaf wraps the head from below, its top tipped open away from the middle
        size = radius * a.between(0.84, 0.88)  # its inside sunk into the head at the pole
        leaf = _leaf(size, radius * 0.06, a.between(0.12, 0.2), segments)
        # cupping the head from below and the side, the top left open
        tilt = a.between(115, 135)
        leaf = leaf.rotate((0, tilt, turn)).translate(center)
        leaves.append(leaf)
    a.add(union(leaves), "leaf", RED_OUTER if red else a.pick(OUTER))


TEMPLATE = Template(
    "cabbage",
    build_cabbage,
    0.15,
    description="a round head of tightly packed green leaves, a leafy vegetable",
    synonyms=("cabbages", "lettuce", "head of lettuce", "iceberg lettuce"),
    kinds=("savoy cabbage", "napa cabbage", "romaine", "radicchio", "brussels sprout", "kale"),
    parts=("head", "leaf"),
    aliases={"leaves": "leaf", "heart": "head", "core": "head"},
)
