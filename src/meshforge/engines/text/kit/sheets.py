"""Sheets and spirals: a ruffled hyperbolic disc, the pseudosphere, a helicoid, a golden
spiral wall, a phyllotaxis dome, an infinity loop, a twisted tower, a fractal tree, a
brutalist stack of slabs.

Each is one watertight body standing on z = 0, about ``size`` tall.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from manifold3d import CrossSection, Manifold

from meshforge.engines.text.kit.solids import box, lathe, rod, sphere, union
from meshforge.engines.text.kit.surfaces import closed_sweep

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

#: A surface over the unit disc: (u, v) arrays → (N, 3) points.
DiscSurface = Callable[[np.ndarray, np.ndarray], np.ndarray]


def thick_disc(surface: DiscSurface, thickness: float, rings: int, segments: int) -> Manifold:
    """The surface over the unit disc, thickened by ``thickness`` along its normal.

    A flat disc with a polar grid of vertices (a revolved strip) is bent onto the surface, so
    the sheet is closed by construction; the surface must not cross itself."""
    strip = [(0.0, 0.0)] + [(r, 0.0) for r in np.linspace(1 / rings, 1, rings)]
    strip += [(r, 1.0) for r in np.linspace(1, 1 / rings, rings)] + [(0.0, 1.0)]
    disc = lathe(strip, segments)
    step = 1e-4

    def bend(points: np.ndarray) -> np.ndarray:
        u, v, w = points[:, 0], points[:, 1], points[:, 2] - 0.5
        along_u = surface(u + step, v) - surface(u - step, v)
        along_v = surface(u, v + step) - surface(u, v - step)
        normal = np.cross(along_u, along_v)
        normal /= np.linalg.norm(normal, axis=1, keepdims=True)
        moved: np.ndarray = surface(u, v) + normal * (w * thickness)[:, None]
        return moved

    return disc.warp_batch(bend)


def _on_stem(sheet: Manifold, radius: float, segments: int) -> Manifold:
    """``sheet`` held up by a stem from its centre (the origin) to below its lowest edge,
    so that it stands on the stem rather than on a rim point off to one side."""
    low = sheet.bounding_box()[2]
    stem = rod((0.0, 0.0, low - 0.15), (0.0, 0.0, 0.0), radius, max(12, segments // 3))
    return union([sheet, stem])


def _fitted(solid: Manifold, size: float) -> Manifold:
    """``solid`` scaled to ``size`` tall, centred on the Z axis, standing on z = 0."""
    low, high = solid.bounding_box()[:3], solid.bounding_box()[3:]
    scale = size / (high[2] - low[2])
    centre = (-(low[0] + high[0]) / 2, -(low[1] + high[1]) / 2, -low[2])
    return solid.translate(centre).scale((scale,) * 3)


def hyperbolic_disc(size: float, segments: int) -> Manifold:
    """A ruffled disc like crocheted hyperbolic coral: the rim, far longer than a flat disc's,
    folds into waves that fold again towards the edge, the disc tilted up to show them."""

    def ruffles(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        radius, angle = np.hypot(u, v), np.arctan2(v, u)
        height = 0.3 * radius**2.2 * np.sin(6 * angle)
        height += 0.08 * radius**4 * np.sin(17 * angle + 0.6)
        return np.stack([u, v, height], 1)

    disc = thick_disc(ruffles, 0.035, max(16, segments // 2), max(96, segments * 3))
    return _fitted(_on_stem(disc.rotate((-30.0, 0.0, 0.0)), 0.05, segments), size)


def pseudosphere(size: float, segments: int) -> Manifold:
    """The pseudosphere (tractricoid): two horns, rim to rim, of constant negative curvature."""
    t = np.linspace(0.0, 3.0, 40)
    radius, height = 1 / np.cosh(t), t - np.tanh(t)
    top = [(float(r), float(z)) for r, z in zip(radius, height, strict=True)]
    profile = [(0.0, -top[-1][1])] + [(r, -z) for r, z in top[::-1]] + top[1:]
    profile += [(0.0, top[-1][1])]
    return _fitted(lathe(profile, segments), size)


def helicoid(size: float, segments: int) -> Manifold:
    """A helicoid, the minimal surface of a spiral ramp: a thin blade turned one and a half
    times as it rises."""
    blade = CrossSection.square((size * 0.6, size * 0.035), center=True)
    return Manifold.extrude(blade, size, n_divisions=max(48, segments * 2), twist_degrees=540)


def twisted_tower(size: float, segments: int) -> Manifold:
    """A tower of square plan turning a third of a turn as it rises and narrows."""
    plan = CrossSection.square((size * 0.32, size * 0.32), center=True)
    return Manifold.extrude(
        plan, size, n_divisions=max(32, segments), twist_degrees=120, scale_top=(0.6, 0.6)
    )


def golden_spiral(size: float, segments: int) -> Manifold:
    """A wall standing along the golden (Fibonacci) spiral, growing by φ each quarter turn,
    and rising as it widens."""
    growth = math.log((1 + math.sqrt(5)) / 2) / (math.pi / 2)
    angle = np.linspace(math.pi / 2, 4 * math.pi, max(120, segments * 3))
    radius = np.exp(growth * angle)
    radius /= radius.max()
    centre = np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1)
    thickness = 0.015 + 0.03 * radius
    # the wall's two faces: the curve pushed out and in along its normal
    tangent = np.gradient(centre, axis=0)
    normal = np.stack([tangent[:, 1], -tangent[:, 0]], 1)
    normal /= np.linalg.norm(normal, axis=1, keepdims=True)
    outline = np.vstack(
        [centre + normal * thickness[:, None], (centre - normal * thickness[:, None])[::-1]]
    )
    wall = Manifold.extrude(CrossSection([outline]), 1.0, n_divisions=8)

    def rise(points: np.ndarray) -> np.ndarray:
        spread = np.hypot(points[:, 0], points[:, 1])
        risen = points.copy()
        risen[:, 2] *= 0.15 + 0.5 * spread
        return risen

    return _fitted(wall.warp_batch(rise), size * 0.65)


def phyllotaxis(size: float, segments: int, count: int = 160) -> Manifold:
    """A dome set with florets at the golden angle, as in a sunflower's head or a cactus."""
    radius = size * 0.5
    dome = sphere(radius, segments).scale((1.0, 1.0, 0.8))
    florets = [dome]
    for index in range(1, count):
        share = math.sqrt(index / count)
        polar = share * math.pi * 0.5
        turn = index * GOLDEN_ANGLE
        direction = np.array(
            [math.sin(polar) * math.cos(turn), math.sin(polar) * math.sin(turn), math.cos(polar)]
        )
        x, y, z = (float(p) for p in direction * np.array([radius, radius, radius * 0.8]))
        florets.append(sphere(radius * (0.07 + 0.06 * share), 12, (x, y, z)))
    solid = union(florets).trim_by_plane((0.0, 0.0, 1.0), -radius * 0.1)
    # a coarse dome can leave slivers of zero volume where the cut grazes it
    return _fitted(max(solid.decompose(), key=lambda piece: piece.volume()), size * 0.6)


def infinity_loop(size: float, segments: int) -> Manifold:
    """The infinity sign as a round tube, standing up; its strands pass one behind the other."""
    t = np.linspace(0.0, 2 * math.pi, 2 * segments + 96, endpoint=False)
    path = np.stack([np.cos(t), 0.14 * np.sin(t), np.sin(2 * t) / 2], 1) * size * 0.5
    circle = np.linspace(0.0, 2 * math.pi, max(12, segments // 3), endpoint=False)
    profile = np.stack([np.cos(circle), np.sin(circle)], 1) * size * 0.05
    return _fitted(closed_sweep(path, profile), size * 0.55)


def fractal_tree(size: float, segments: int, depth: int = 5) -> Manifold:
    """A tree grown by one rule: every branch ends in three smaller branches, ``depth`` times."""
    sides = max(8, segments // 6)
    pieces: list[Manifold] = []

    def grow(
        base: np.ndarray, direction: np.ndarray, length: float, radius: float, level: int
    ) -> None:
        tip = base + direction * length
        pieces.append(rod(tuple(base), tuple(tip), radius, sides, end_radius=radius * 0.7))
        pieces.append(sphere(radius * 0.7, sides, tuple(tip)))
        if level == depth:
            return
        side = np.cross(direction, [0.0, 0.0, 1.0] if abs(direction[2]) < 0.9 else [1.0, 0, 0])
        side /= np.linalg.norm(side)
        other = np.cross(direction, side)
        for index in range(3):
            turn = 2 * math.pi * index / 3 + level * 0.7
            spread = side * math.cos(turn) + other * math.sin(turn)
            child = direction * math.cos(0.6) + spread * math.sin(0.6)
            grow(tip, child / np.linalg.norm(child), length * 0.68, radius * 0.65, level + 1)

    grow(np.zeros(3), np.array([0.0, 0.0, 1.0]), 0.34, 0.05, 1)
    return _fitted(union(pieces), size)


def brutalist_monument(size: float, _segments: int) -> Manifold:
    """Slabs of a brutalist monument: a tall blade, a cantilevered beam, a block over the void."""
    slabs = [
        box((0.62, 0.34, 0.16), (0.0, 0.0, 0.08)),
        box((0.16, 0.34, 0.92), (-0.17, 0.0, 0.46)),
        box((0.66, 0.24, 0.11), (0.08, 0.0, 0.64)),
        box((0.24, 0.38, 0.24), (0.26, 0.02, 0.8)),
        box((0.1, 0.1, 0.48), (0.22, -0.06, 0.4)),
    ]
    return _fitted(union(slabs), size)


def saddle(size: float, segments: int) -> Manifold:
    """A hyperbolic paraboloid: the saddle z = x² - y² over a disc, thickened."""

    def surface(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        return np.stack([u, v, 0.45 * (u * u - v * v)], 1)

    disc = thick_disc(surface, 0.04, max(12, segments // 3), max(64, segments * 2))
    return _fitted(_on_stem(disc.rotate((0.0, 0.0, 45.0)), 0.05, segments), size * 0.75)
