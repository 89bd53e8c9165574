"""Sea creatures' shapes: streamlined bodies lathed nose to tail, fins, flukes and tentacles.

Same frame as ``solids``: Z up, metres, the creature's nose towards -Y.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manifold3d import Manifold
from scipy.interpolate import PchipInterpolator

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import plan_blade, side_blade, skin_pattern
from meshforge.engines.text.kit.solids import Vec3, box, lathe, on_sphere, sphere
from meshforge.engines.text.kit.sweeps import tube


def streamlined(
    length: float, radius: float, shape: Sequence[tuple[float, float]], segments: int
) -> Manifold:
    """A body of revolution along Y, nose at -``length``/2, from (fraction along, radius) pairs.

    ``shape`` runs nose (0) to tail (1), radii as fractions of ``radius``; the ends close.
    """
    # a smooth curve through the given radii, closed at both ends, sampled finely along the body
    known_t = [0.0, *(t for t, _ in shape), 1.0]
    known_r = [0.0, *(r for _, r in shape), 0.0]
    fine = np.linspace(0.0, 1.0, 33)
    radii = np.clip(PchipInterpolator(known_t, known_r)(fine), 0.0, None)
    profile = [(0.0, 0.0)]
    profile += [
        (float(r) * radius, float(t) * length) for t, r in zip(fine[1:-1], radii[1:-1], strict=True)
    ]
    profile.append((0.0, length))
    solid = lathe(profile, segments)
    # the lathe stands along +Z from the nose; lay it down so +Z becomes +Y, centred
    return solid.rotate((-90, 0, 0)).translate((0, -length / 2, 0))


def two_tone(body: Manifold, center_z: float, cut: float) -> Manifold:
    """The underside of ``body`` below ``center_z + cut``: a pale belly that hugs it."""
    low_x, low_y, low_z, high_x, high_y, _ = body.bounding_box()
    size = (2 * (high_x - low_x) + 1, 2 * (high_y - low_y) + 1, (center_z + cut - low_z) * 2)
    return skin_pattern(body, [box(size, (0.0, (low_y + high_y) / 2, low_z))], 1.015)


def fin(outline: Sequence[tuple[float, float]], thickness: float, at: Vec3) -> Manifold:
    """A vertical fin from a (y, z) side-view outline, moved to ``at``."""
    return side_blade(outline, thickness).translate(at)


def flukes(span: float, chord: float, thickness: float, at: Vec3) -> Manifold:
    """A whale's or dolphin's horizontal tail: two swept lobes, notched in the middle."""
    outline = [
        (0.0, -chord * 0.2),
        (span * 0.3, chord * 0.15),
        (span * 0.5, chord * 0.75),
        (span * 0.3, chord * 0.6),
        (0.0, chord * 0.45),
        (-span * 0.3, chord * 0.6),
        (-span * 0.5, chord * 0.75),
        (-span * 0.3, chord * 0.15),
    ]
    return plan_blade(outline, thickness).translate(at)


def flipper(
    length: float, width: float, thickness: float, side: int, at: Vec3, droop: float
) -> Manifold:
    """A paddle-shaped side fin reaching out along ±X from ``at``, tipped down by ``droop``°."""
    outline = [
        (0.0, -width * 0.4),
        (length * 0.6, -width * 0.1),
        (length, width * 0.5),
        (length * 0.3, width * 0.5),
        (0.0, width * 0.4),
    ]
    blade = plan_blade(outline, thickness)
    if side < 0:
        blade = blade.mirror((1.0, 0.0, 0.0))
    return blade.rotate((0, side * droop, 0)).translate(at)


def sea_eyes(
    a: Assembly, center: Vec3, radius: float, yaw: float, pitch: float, size: float
) -> None:
    """Two dark eyes on a body of ``radius`` around ``center``."""
    for side in (-1, 1):
        at = on_sphere(center, radius, side * yaw, pitch, size * 0.4)
        a.add(sphere(size, a.segments(size), at), "eye", EYE, Tier.FIXED)


def tentacle(
    a: Assembly, root: Vec3, angle: float, reach: float, radius: float, curl: float, droop: float
) -> Manifold:
    """A tapering tentacle leaving ``root`` at ``angle``° about Z, curling up at its end."""
    direction = (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    points: list[Vec3] = []
    for k in range(6):
        t = k / 5
        out = reach * t
        twist = curl * t * t
        x = root[0] + direction[0] * out - direction[1] * twist * reach * 0.3
        y = root[1] + direction[1] * out + direction[0] * twist * reach * 0.3
        z = (
            root[2]
            - droop * math.sin(math.pi * min(t * 1.4, 1.0))
            + (reach * 0.25 * t**3 if curl else 0.0)
        )
        points.append((x, y, max(radius * 0.4, z)))
    return tube(points, radius, max(8, a.segments(radius) // 2), radius * 0.25)
