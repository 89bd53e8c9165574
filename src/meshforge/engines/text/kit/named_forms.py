"""More named forms: the Calabi-Yau quintic, a trefoil's Seifert surface, a pierced biomorphic
form after Henry Moore, Enneper's and Dini's surfaces, the Roman surface and cross-cap, linked
rings (Borromean, Hopf), the figure-eight knot, a 3D Hilbert curve, Brancusi's endless column,
the oloid, a superellipsoid and the Archimedean solids.

Each is one watertight body standing on z = 0, about ``size`` tall.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from manifold3d import Manifold
from scipy.spatial import cKDTree

from meshforge.engines.text.kit.fields import grid, solid_from_field, thickened_points
from meshforge.engines.text.kit.polyhedra import GOLDEN
from meshforge.engines.text.kit.sheets import thick_disc
from meshforge.engines.text.kit.solids import lathe, rod, sphere, union
from meshforge.engines.text.kit.surfaces import closed_sweep


def _fitted(solid: Manifold, size: float) -> Manifold:
    """``solid`` scaled to ``size`` tall, centred on the Z axis, standing on z = 0."""
    low, high = solid.bounding_box()[:3], solid.bounding_box()[3:]
    scale = size / (high[2] - low[2])
    centre = (-(low[0] + high[0]) / 2, -(low[1] + high[1]) / 2, -low[2])
    return solid.translate(centre).scale((scale,) * 3)


def _circle(radius: float, sides: int) -> np.ndarray:
    angles = np.linspace(0.0, 2 * math.pi, sides, endpoint=False)
    return np.stack([np.cos(angles), np.sin(angles)], axis=1) * radius


def calabi_yau(size: float, cells: int = 72, degree: int = 5) -> Manifold:
    """The classic picture of the quintic Calabi-Yau: the cross-section z₁⁵ + z₂⁵ = 1 of C²,
    its 25 patches (Hanson's parametrisation) projected to 3D. The patches meet and cross, so
    the surface is built as every point near it."""
    x, y = np.meshgrid(np.linspace(-1.0, 1.0, 46), np.linspace(0.0, math.pi / 2, 34))
    u = (x + 1j * y).ravel()
    patches = []
    for first in range(degree):
        for second in range(degree):
            z1 = np.exp(2j * math.pi * first / degree) * np.cosh(u) ** (2 / degree)
            z2 = np.exp(2j * math.pi * second / degree) * (np.sinh(u) / 1j) ** (2 / degree)
            depth = (z1.imag + z2.imag) / math.sqrt(2)
            patches.append(np.stack([z1.real, z2.real, depth], 1))
    samples = np.concatenate(patches)
    # a sheet at least about two cells thick, or a coarse grid leaves holes in it
    spacing = float(np.ptp(samples, axis=0).max()) / (cells - 1)
    return thickened_points(samples, max(0.045, spacing * 0.8), size, cells)


def seifert_surface(size: float, cells: int = 64) -> Manifold:
    """A Seifert surface of the trefoil: a fibre of the Milnor fibration of z² + w³, the
    surface in the 3-sphere where z² + w³ is real and negative, brought to 3D by stereographic
    projection from z = 1 (the fibre farthest from that pole), with its rim, the trefoil, as a
    round bead."""
    half = 2.3
    points, spacing = grid(half, cells)
    squared = (points**2).sum(1)
    a, b, c, d = (np.column_stack([2 * points, squared - 1]) / (squared + 1)[:, None]).T
    z, w = d + 1j * a, b + 1j * c
    value = -(z**2 + w**3).reshape((cells,) * 3)

    def distance(field: np.ndarray) -> np.ndarray:
        """|field| over its gradient: near its zero set, about the distance to it."""
        slope = np.linalg.norm(np.stack(np.gradient(field, spacing)), axis=0)
        ratio: np.ndarray = np.abs(field) / np.maximum(slope, 1e-9)
        return ratio

    thickness = spacing * 0.8
    sheet = np.maximum(
        distance(value.imag) - thickness, -np.sign(value.real) * distance(value.real)
    )
    # the trefoil itself, where z² = -w³ on the sphere: |w| solves |w|³ + |w|² = 1
    far = float(np.roots([1.0, 1.0, 0.0, -1.0]).real.max())
    near = math.sqrt(1 - far**2)
    turn = np.linspace(0.0, 2 * math.pi, 1500)
    z_knot = near * np.exp(1j * (3 * turn + math.pi / 2))
    w_knot = far * np.exp(2j * turn)
    curve = np.stack([z_knot.imag, w_knot.real, w_knot.imag], 1) / (1 - z_knot.real)[:, None]
    bead = thickness * 2.2
    # only points near the knot need their distance: the rest are far outside the bead
    reach = cKDTree(curve).query(points, distance_upper_bound=bead * 2)[0]
    rim = (np.minimum(reach, bead * 2) - bead).reshape((cells,) * 3)
    field = np.minimum(sheet, rim)
    field = np.maximum(field, np.sqrt(squared).reshape((cells,) * 3) - (half - 2 * spacing))
    return solid_from_field(field, spacing, size)


def _smooth_union(a: np.ndarray, b: np.ndarray, k: float) -> np.ndarray:
    h = np.clip(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    blended: np.ndarray = b * (1 - h) + a * h - k * h * (1 - h)
    return blended


def _smooth_cut(a: np.ndarray, b: np.ndarray, k: float) -> np.ndarray:
    """``a`` with ``b`` taken out, the edge rounded over ``k``."""
    return -_smooth_union(-a, b, k)


def _ellipsoid(
    points: np.ndarray, centre: tuple[float, ...], radii: tuple[float, ...]
) -> np.ndarray:
    scaled = (points - np.array(centre)) / np.array(radii)
    distance: np.ndarray = (np.linalg.norm(scaled, axis=1) - 1.0) * min(radii)
    return distance


def pierced_form(size: float, cells: int = 64) -> Manifold:
    """A biomorphic pierced form after Henry Moore's reclining figures: lobes melted into one
    mass (legs along the ground, a knee raised, a torso and a small head at one end), opened
    by a large hole under the arch and a smaller one through the torso."""
    points, spacing = grid(1.3, cells)
    lobes = [
        ((0.3, 0.0, -0.5), (0.75, 0.36, 0.24)),  # the legs along the ground
        ((-0.25, 0.0, -0.42), (0.42, 0.42, 0.3)),  # the hips
        ((0.62, 0.0, -0.05), (0.26, 0.3, 0.5)),  # a raised knee
        ((0.2, 0.0, 0.32), (0.55, 0.26, 0.2)),  # the arch from knee to shoulder
        ((-0.55, 0.0, 0.0), (0.3, 0.36, 0.55)),  # the torso
        ((-0.62, 0.05, 0.62), (0.2, 0.18, 0.22)),  # the head
    ]
    field = _ellipsoid(points, *lobes[0])
    for centre, radii in lobes[1:]:
        field = _smooth_union(field, _ellipsoid(points, centre, radii), 0.22)
    x, y, z = points.T
    arch = np.hypot((x - 0.12) / 1.3, (z + 0.02) / 1.0) - 0.22
    torso = np.maximum(np.hypot((x + 0.58) / 0.8, (z - 0.05) / 1.2) - 0.12, np.abs(y) - 1.0)
    field = _smooth_cut(field, arch, 0.12)
    field = _smooth_cut(field, torso, 0.08)
    return solid_from_field(field.reshape((cells,) * 3), spacing, size * 0.8)


def enneper_surface(size: float, segments: int) -> Manifold:
    """Enneper's minimal surface over a disc small enough that it does not cross itself: a
    saddle whose rim curls back over itself, held up on a stem."""

    def surface(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        u, v = u * 1.35, v * 1.35
        return np.stack([u - u**3 / 3 + u * v * v, v - v**3 / 3 + v * u * u, u * u - v * v], 1)

    disc = thick_disc(surface, 0.09, max(16, segments // 2), max(96, segments * 3))
    low = disc.bounding_box()[2]
    stem = rod((0.0, 0.0, low - 0.4), (0.0, 0.0, 0.0), 0.12, 24)
    return _fitted(union([disc, stem]), size * 0.8)


def dini_surface(size: float, cells: int = 72) -> Manifold:
    """Dini's surface: a pseudosphere twisted as it rises, a spiralling horn of a sheet."""
    turn, height = np.meshgrid(np.linspace(0.0, 4 * math.pi, 500), np.linspace(0.08, 2.0, 120))
    u, v = turn.ravel(), height.ravel()
    samples = np.stack(
        [np.cos(u) * np.sin(v), np.sin(u) * np.sin(v), np.cos(v) + np.log(np.tan(v / 2)) + 0.2 * u],
        1,
    )
    return thickened_points(samples, 0.05, size, cells)


def roman_surface(size: float, cells: int = 64) -> Manifold:
    """Steiner's Roman surface, a projective plane crossing itself along three axes."""
    first, second = np.meshgrid(np.linspace(0, math.pi, 260), np.linspace(0, math.pi, 260))
    theta, phi = first.ravel(), second.ravel()
    samples = np.stack(
        [
            np.cos(theta) * np.cos(phi) * np.sin(phi),
            np.sin(theta) * np.cos(phi) * np.sin(phi),
            np.cos(theta) * np.sin(theta) * np.cos(phi) ** 2,
        ],
        1,
    )
    return thickened_points(samples, 0.02, size, cells)


def cross_cap(size: float, cells: int = 64) -> Manifold:
    """The cross-cap: a disc whose rim is sewn to itself, a pouch pinched along a seam."""
    turn, lift = np.meshgrid(np.linspace(0, 2 * math.pi, 320), np.linspace(0, math.pi / 2, 140))
    u, v = turn.ravel(), lift.ravel()
    samples = np.stack(
        [
            np.cos(u) * np.sin(2 * v),
            np.sin(u) * np.sin(2 * v),
            np.cos(v) ** 2 - np.cos(u) ** 2 * np.sin(v) ** 2,
        ],
        1,
    )
    return thickened_points(samples, 0.035, size, cells)


def _linked(paths: list[np.ndarray], radius: float, sides: int) -> Manifold:
    """Tubes round the closed ``paths``, welded where two pass nearest so they stand as one."""
    profile = _circle(radius, sides)
    pieces = [closed_sweep(path, profile) for path in paths]
    for index, path in enumerate(paths):
        for other in paths[index + 1 :]:
            gaps = np.linalg.norm(path[:, None, :] - other[None, :, :], axis=2)
            i, j = np.unravel_index(int(np.argmin(gaps)), gaps.shape)
            pieces.append(rod(tuple(path[i]), tuple(other[j]), radius * 0.7, sides))
    return union(pieces)


def borromean_rings(size: float, segments: int) -> Manifold:
    """The Borromean rings: three ellipses in the three planes, no two linked, all three
    inseparable."""
    t = np.linspace(0.0, 2 * math.pi, max(96, segments * 3), endpoint=False)
    a, b = np.cos(t) * 1.0, np.sin(t) * 0.62
    zero = np.zeros_like(t)
    paths = [np.stack([a, b, zero], 1), np.stack([zero, a, b], 1), np.stack([b, zero, a], 1)]
    solid = _linked(paths, 0.1, max(12, segments // 3))
    return _fitted(solid.rotate((35.0, 0.0, 45.0)), size)


def hopf_link(size: float, segments: int) -> Manifold:
    """The Hopf link: two rings, each through the other."""
    t = np.linspace(0.0, 2 * math.pi, max(96, segments * 3), endpoint=False)
    first = np.stack([np.cos(t), np.sin(t), np.zeros_like(t)], 1)
    # the second a little off the first's rim, so that one place is nearest for the weld
    second = np.stack([1.0 + np.cos(t), np.zeros_like(t), 0.2 + np.sin(t)], 1)
    solid = _linked([first, second], 0.16, max(12, segments // 3))
    return _fitted(solid.rotate((0.0, -35.0, 0.0)), size * 0.8)


def figure_eight_knot(size: float, segments: int) -> Manifold:
    """The figure-eight knot, the simplest knot after the trefoil, as a round tube."""
    t = np.linspace(0.0, 2 * math.pi, max(160, segments * 5), endpoint=False)
    path = np.stack(
        [(2 + np.cos(2 * t)) * np.cos(3 * t), (2 + np.cos(2 * t)) * np.sin(3 * t), np.sin(4 * t)],
        1,
    )
    solid = closed_sweep(path, _circle(0.32, max(12, segments // 3)))
    return _fitted(solid.rotate((70.0, 0.0, 0.0)), size)


def hilbert_curve(size: float, segments: int, order: int = 2) -> Manifold:
    """A 3D Hilbert curve: a path through every cell of a 4 x 4 x 4 cube, as a tube."""
    path = _hilbert(order)
    sides = max(8, segments // 4)
    radius = 0.16
    pieces = [sphere(radius, sides, tuple(point)) for point in path]
    pieces += [rod(tuple(a), tuple(b), radius, sides) for a, b in itertools.pairwise(path)]
    return _fitted(union(pieces), size * 0.8)


def _hilbert(order: int) -> np.ndarray:
    """The cells of a 2ⁿ cube in Hilbert order (Skilling's transpose algorithm)."""
    count = 2**order
    cells = []
    for index in range(count**3):
        bits = [0, 0, 0]
        for level in range(order):
            for axis in range(3):
                shift = 3 * (order - 1 - level) + (2 - axis)
                bits[axis] |= ((index >> shift) & 1) << (order - 1 - level)
        cells.append(_untranspose(bits, order))
    return np.array(cells, float)


def _untranspose(x: list[int], order: int) -> tuple[int, int, int]:
    """Skilling's transposed Hilbert index → the cell's coordinates."""
    top = 2 << (order - 1)
    t = x[2] >> 1
    for i in range(2, 0, -1):
        x[i] ^= x[i - 1]
    x[0] ^= t
    q = 2
    while q != top:
        p = q - 1
        for i in range(2, -1, -1):
            if x[i] & q:
                x[0] ^= p
            else:
                t = (x[0] ^ x[i]) & p
                x[0] ^= t
                x[i] ^= t
        q <<= 1
    return x[0], x[1], x[2]


def endless_column(size: float, _segments: int, modules: int = 5) -> Manifold:
    """Brancusi's Endless Column: rhomboid beads of square section stacked on a half bead."""
    profile = [(0.0, 0.0)]
    height = 0.0
    profile.append((0.3, 0.0))
    for _ in range(modules):
        profile += [(0.5, height + 0.5), (0.3, height + 1.0)]
        height += 1.0
    profile.append((0.0, height))
    column = lathe(profile, 4).rotate((0.0, 0.0, 45.0))
    return _fitted(column, size * 1.1)


def oloid(size: float, segments: int) -> Manifold:
    """The oloid: the hull of two equal circles at right angles, each through the other's
    centre."""
    t = np.linspace(0.0, 2 * math.pi, max(64, segments * 2), endpoint=False)
    first = np.stack([np.cos(t), np.sin(t), np.zeros_like(t)], 1)
    second = np.stack([1.0 + np.cos(t), np.zeros_like(t), np.sin(t)], 1)
    solid = Manifold.hull_points(np.vstack([first, second]).tolist())
    return _fitted(solid, size * 0.6)


def sphericon(size: float, segments: int) -> Manifold:
    """The sphericon: a double cone cut through its axis, one half turned a quarter turn."""
    t = np.linspace(0.0, math.pi, max(32, segments), endpoint=True)
    first = np.stack([np.cos(t), np.sin(t), np.zeros_like(t)], 1)
    second = np.stack([np.zeros_like(t), -np.sin(t), np.cos(t)], 1)
    apexes = np.array([(0.0, 0.0, 1.0), (0.0, 0.0, -1.0), (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)])
    solid = Manifold.hull_points(np.vstack([first, second, apexes]).tolist())
    return _fitted(solid.rotate((0.0, 45.0, 0.0)), size * 0.6)


def superellipsoid(size: float, segments: int, power: float = 0.35) -> Manifold:
    """A superellipsoid: a sphere pushed out towards a cube, its edges still round."""

    def squared(points: np.ndarray) -> np.ndarray:
        moved: np.ndarray = np.sign(points) * np.abs(points) ** power
        return moved

    return _fitted(Manifold.sphere(1.0, max(48, segments * 2)).warp_batch(squared), size * 0.7)


def _hull(points: list[tuple[float, float, float]], size: float) -> Manifold:
    solid = Manifold.hull_points(points)
    low = solid.bounding_box()[2]
    return _fitted(solid.translate((0.0, 0.0, -low)), size * 0.75)


def _even(point: tuple[float, float, float]) -> list[tuple[float, float, float]]:
    """``point`` under the even permutations of its coordinates, with every sign."""
    x, y, z = point
    signed = []
    for a, b, c in ((x, y, z), (y, z, x), (z, x, y)):
        for sa in (1, -1) if a else (1,):
            for sb in (1, -1) if b else (1,):
                for sc in (1, -1) if c else (1,):
                    signed.append((a * sa, b * sb, c * sc))
    return signed


def truncated_icosahedron(size: float, _segments: int) -> Manifold:
    """The truncated icosahedron (a football's panels): 12 pentagons and 20 hexagons."""
    g = GOLDEN
    points = _even((0.0, 1.0, 3 * g)) + _even((1.0, 2 + g, 2 * g)) + _even((g, 2.0, g**3))
    return _hull(points, size)


def cuboctahedron(size: float, _segments: int) -> Manifold:
    """The cuboctahedron: 8 triangles and 6 squares, every edge alike."""
    points = _even((1.0, 1.0, 0.0)) + _even((1.0, -1.0, 0.0))
    return _hull(points, size)


def rhombic_dodecahedron(size: float, _segments: int) -> Manifold:
    """The rhombic dodecahedron: 12 rhombi, the cells of the densest packing of balls."""
    points = [(x, y, z) for x in (1.0, -1.0) for y in (1.0, -1.0) for z in (1.0, -1.0)]
    points += _even((2.0, 0.0, 0.0))
    return _hull(points, size)
