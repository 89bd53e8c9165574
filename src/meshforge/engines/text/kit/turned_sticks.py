"""What small turned sticks share: pieces laid on their side, angled to the eye.

A marker, a crayon, a nail or a screw is built as (radius, distance) outlines turned about +X
from x = 0; laid on the table, each piece is lifted by the stick's radius, centred on its
length and turned a little about Z so that the three-quarter view looks along it rather than
at its side.
"""

from __future__ import annotations

from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.kit.gear import lathe_x

#: the turn about Z that shows a lying stick's tip to the front three-quarter view
TURN_TO_VIEWER_DEG = 20.0


def laid_piece(
    profile: Sequence[tuple[float, float]],
    segments: int,
    start_x: float,
    length: float,
    radius: float,
) -> Manifold:
    """A (radius, distance) outline turned about X from ``start_x``, laid with the stick."""
    solid = lathe_x(profile, segments, (start_x - length / 2, 0.0, radius))
    return solid.rotate((0.0, 0.0, TURN_TO_VIEWER_DEG))


def ring_profile(radius: float, width: float) -> list[tuple[float, float]]:
    """The outline of a plain band ``width`` long (a label stripe, a cap ring)."""
    return [(0.0, 0.0), (radius, 0.0), (radius, width), (0.0, width)]
