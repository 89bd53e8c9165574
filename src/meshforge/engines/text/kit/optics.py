"""What optical instruments share: lens barrels turned about a tilted axis, glass, enamel.

Same frame as ``solids``: Z up, metres, the object's front towards -Y. A barrel's axis is
given by its elevation above the horizontal +X direction and a heading turned about Z, so a
telescope, a microscope and a pair of binoculars aim their tubes the same way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, lathe

GLASS: RGB = (150, 190, 215)
#: tube finishes: white enamel, black crackle, navy, brass
TUBE_FINISHES: tuple[RGB, ...] = ((238, 238, 235), (32, 32, 36), (35, 50, 95), (205, 165, 75))
OPTIC_BLACK: RGB = (30, 30, 34)


def along(start: Vec3, elevation_deg: float, heading_deg: float, distance: float) -> Vec3:
    """The point ``distance`` from ``start`` along an axis aimed as ``barrel`` aims one."""
    up, turn = math.radians(elevation_deg), math.radians(heading_deg)
    flat = distance * math.cos(up)
    return (
        start[0] + flat * math.cos(turn),
        start[1] + flat * math.sin(turn),
        start[2] + distance * math.sin(up),
    )


def barrel(
    profile: Sequence[tuple[float, float]],
    segments: int,
    start: Vec3,
    elevation_deg: float,
    heading_deg: float = 0.0,
) -> Manifold:
    """A (radius, distance) outline revolved about an axis from ``start``, raised and turned.

    Distance 0 sits at ``start``; the axis points along +X raised by ``elevation_deg`` (90:
    straight up), then turned about Z by ``heading_deg``.
    """
    upright = lathe(profile, segments)
    return upright.rotate((0.0, 90.0 - elevation_deg, heading_deg)).translate(start)


def plain_barrel(
    radius: float,
    length: float,
    segments: int,
    start: Vec3,
    elevation_deg: float,
    heading_deg: float = 0.0,
    end_radius: float | None = None,
) -> Manifold:
    """A straight (or tapered) tube of ``length`` from ``start``, aimed as ``barrel`` aims."""
    end = radius if end_radius is None else end_radius
    outline = [(0.0, 0.0), (radius, 0.0), (end, length), (0.0, length)]
    return barrel(outline, segments, start, elevation_deg, heading_deg)
