"""What cups, pots, jugs and cutlery share: glazes, turned outlines, handles."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold
from scipy.interpolate import PchipInterpolator

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import arc_tube, ellipsoid, lathe, vessel

CERAMICS: tuple[RGB, ...] = (
    (245, 244, 238),
    (250, 240, 215),
    (60, 100, 170),
    (190, 60, 55),
    (80, 140, 100),
    (240, 200, 70),
    (45, 45, 50),
)
GLAZES: tuple[RGB, ...] = (
    (70, 110, 160),
    (180, 90, 60),
    (90, 140, 120),
    (220, 215, 200),
    (130, 60, 90),
)


def smooth_outline(
    radii: list[float], height: float, samples: int = 16
) -> list[tuple[float, float]]:
    """A (radius, height) outline through control radii spaced evenly up ``height``."""
    knots = np.linspace(0.0, height, len(radii))
    heights = np.linspace(0.0, height, samples)
    # PCHIP follows the control radii without overshooting into a pinched neck.
    return [
        (float(r), float(z))
        for r, z in zip(PchipInterpolator(knots, radii)(heights), heights, strict=True)
    ]


def cup_handle(
    a: Assembly, x: float, z: float, reach: float, thickness: float, stretch: float
) -> Manifold:
    """A C-shaped handle on the +X side whose ends meet the wall at ``x``."""
    arc = arc_tube((0, 0, 0), reach, thickness, a.segments(reach))
    return arc.scale((1.0, 1.0, stretch)).translate((x, 0, z))


GLASS: RGB = (215, 232, 238)
STEEL: RGB = (200, 204, 210)
HANDLES: tuple[RGB, ...] = ((35, 35, 38), (120, 80, 45), (230, 230, 225))


def arc_points(
    center: tuple[float, float], radii: tuple[float, float], start_deg: float, end_deg: float
) -> list[tuple[float, float, float]]:
    """Points along an elliptical arc in the XZ plane (angles from +X towards +Z)."""
    angles = np.radians(np.linspace(start_deg, end_deg, 9))
    return [
        (center[0] + radii[0] * math.cos(t), 0.0, center[1] + radii[1] * math.sin(t))
        for t in angles
    ]


def turned_body(a: Assembly, radii: list[float], height: float, color: RGB) -> Manifold:
    """A solid turned body standing on the origin, added as the "body" part."""
    solid = lathe(
        [(0.0, 0.0), *smooth_outline(radii, height), (0.0, height)], a.segments(max(radii))
    )
    a.add(solid, "body", color)
    return solid


def serving_bowl(
    a: Assembly,
    radius: float,
    depth: float,
    waist: tuple[float, float] = (0.8, 0.35),
    shoulder: tuple[float, float] = (0.97, 0.8),
) -> None:
    """A glazed serving bowl on a narrow foot, its rim ``radius`` wide at ``depth``, added as
    the "bowl" part; ``waist`` and ``shoulder`` are where its wall passes, as fractions of the
    radius and the depth (a salad's, a mash's)."""
    outline = [
        (radius * 0.5, 0.0),
        (radius * waist[0], depth * waist[1]),
        (radius * shoulder[0], depth * shoulder[1]),
        (radius, depth),
    ]
    a.add(vessel(outline, 0.005, 0.008, a.segments(radius)), "bowl", a.pick(CERAMICS))


def cutlery_handle(a: Assembly, length: float, width: float) -> None:
    """A flat handle, wider at its foot, standing from the origin to ``length``."""
    handle = Manifold.batch_hull(
        [
            ellipsoid((width, width * 0.3, width * 1.2), a.segments(width), (0, 0, width * 1.2)),
            ellipsoid((width * 0.35, width * 0.2, width), a.segments(width), (0, 0, length)),
        ]
    )
    a.add(handle, "handle", STEEL)
