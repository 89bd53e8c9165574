"""What necklaces, bracelets and earrings share: metals, gem colours, cut gems and bead strings."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.solids import Vec3, cylinder, sphere, union

ROSE_GOLD: RGB = (225, 160, 130)
METALS: tuple[RGB, ...] = (GOLD, GOLD, SILVER, ROSE_GOLD)
GEM_COLORS: tuple[RGB, ...] = (
    (230, 240, 250),
    (200, 30, 50),
    (30, 80, 200),
    (40, 170, 90),
    (150, 60, 200),
)
PEARL: RGB = (245, 240, 228)
BEADS: tuple[RGB, ...] = (PEARL, (40, 40, 44), (180, 120, 70), (60, 150, 160), (200, 70, 90))


def cut_gem(radius: float, center: Vec3, facing_front: bool = False) -> Manifold:
    """A brilliant-cut gem (an eight-sided crown over a pointed pavilion) centred on ``center``.

    It points down, or with ``facing_front`` its table faces the viewer (-Y), as worn on a chain.
    """
    crown = cylinder(radius, radius * 0.45, 8, (0, 0, radius * 0.15), top_radius=radius * 0.6)
    pavilion = cylinder(radius * 0.02, radius * 0.75, 8, (0, 0, -radius * 0.6), radius)
    gem = Manifold.batch_hull([crown, pavilion])
    if facing_front:
        gem = gem.rotate((90, 0, 0))
    return gem.translate(center)


def bead_string(path: Sequence[Vec3], radius: float, segments: int) -> Manifold:
    """Beads of ``radius`` strung along the closed ``path``, each just into the next, as one solid.

    The path is walked by length, so beads stay touching however unevenly it was sampled.
    """
    ring = np.asarray([*path, path[0]], dtype=np.float64)
    steps = np.linalg.norm(np.diff(ring, axis=0), axis=1)
    walked = np.concatenate([[0.0], np.cumsum(steps)])
    # 1.8 radii apart: neighbours overlap, even after tessellation shrinks them a little
    count = max(3, int(walked[-1] / (radius * 1.8)))
    at = np.linspace(0.0, walked[-1], count, endpoint=False)
    centers = np.column_stack([np.interp(at, walked, ring[:, i]) for i in range(3)])
    return union([sphere(radius, segments, (float(x), float(y), float(z))) for x, y, z in centers])
