"""Open steel lattice beams (crane masts and jibs, pylons): corner chords tied by diagonals.

Same frame as ``solids``: Z up, metres. A beam runs along one axis from ``start``; its square
section is ``width`` across, each face braced panel by panel with a zig-zag of thin rods.
"""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, rod

_AXES = {"x": 0, "y": 1, "z": 2}


def lattice_beam(
    a: Assembly,
    start: Vec3,
    axis: str,
    length: float,
    width: float,
    part: str,
    color: RGB,
    panels: int | None = None,
    tier: Tier = Tier.PRIMARY,
) -> None:
    """A square lattice beam from ``start`` along +``axis`` (or -, with a negative length):
    four chords at the corners, a diagonal across every panel of every face."""
    along = np.zeros(3)
    along[_AXES[axis]] = 1.0 if length > 0 else -1.0
    span = abs(length)
    count = panels or max(2, round(span / width))
    step = span / count
    across = [np.roll(along, 1), np.roll(along, 2)]  # the two section directions
    half = width / 2
    corners = [
        np.asarray(start) + half * (su * across[0] + sv * across[1])
        for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1))
    ]
    chord_r = width * 0.07
    brace_r = width * 0.035
    for corner in corners:
        a.add(rod(_v(corner), _v(corner + along * span), chord_r, 6), part, color, tier)
    for face in range(4):
        first, second = corners[face], corners[(face + 1) % 4]
        for k in range(count):
            low, high = (first, second) if k % 2 == 0 else (second, first)
            a.add(
                rod(_v(low + along * step * k), _v(high + along * step * (k + 1)), brace_r, 4),
                part,
                color,
                tier,
            )


def _v(point: np.ndarray) -> Vec3:
    return (float(point[0]), float(point[1]), float(point[2]))
