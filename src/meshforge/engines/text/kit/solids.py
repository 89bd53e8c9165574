"""Parametric solids the templates are built from, all manifold3d ``Manifold`` objects.

Frame: Z up, metres, the object's front towards -Y (Blender's convention); the engine turns
the result into glTF's Y-up, front +Z at the end. Every solid here is watertight by
construction, so any union of them is too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manifold3d import CrossSection, Manifold, OpType

Vec3 = tuple[float, float, float]
ORIGIN: Vec3 = (0.0, 0.0, 0.0)


def box(size: Vec3, center: Vec3 = ORIGIN) -> Manifold:
    """An axis-aligned box of ``size`` centred on ``center``."""
    return Manifold.cube(size, True).translate(center)


def rounded_box(size: Vec3, radius: float, segments: int, center: Vec3 = ORIGIN) -> Manifold:
    """A box with every edge rounded by ``radius``: the hull of eight corner spheres."""
    radius = min(radius, *(0.49 * s for s in size))
    ball = Manifold.sphere(radius, max(8, segments // 2))
    half = [s / 2 - radius for s in size]
    corners = [
        ball.translate((sx * half[0], sy * half[1], sz * half[2]))
        for sx in (-1, 1)
        for sy in (-1, 1)
        for sz in (-1, 1)
    ]
    return Manifold.batch_hull(corners).translate(center)


def slab(size: Vec3, radius: float, segments: int, center: Vec3 = ORIGIN) -> Manifold:
    """A box whose four vertical edges are rounded by ``radius`` (a table top, a seat)."""
    radius = min(radius, 0.49 * size[0], 0.49 * size[1])
    core = CrossSection.square((size[0] - 2 * radius, size[1] - 2 * radius), True)
    outline = core.offset(radius, circular_segments=max(8, segments))
    return Manifold.extrude(outline, size[2]).translate(
        (center[0], center[1], center[2] - size[2] / 2)
    )


def cylinder(
    radius: float,
    height: float,
    segments: int,
    base: Vec3 = ORIGIN,
    top_radius: float | None = None,
) -> Manifold:
    """A vertical cylinder (or cone frustum with ``top_radius``) standing on ``base``."""
    top = radius if top_radius is None else top_radius
    return Manifold.cylinder(height, radius, top, segments).translate(base)


def sphere(radius: float, segments: int, center: Vec3 = ORIGIN) -> Manifold:
    """A sphere."""
    return Manifold.sphere(radius, segments).translate(center)


def ellipsoid(radii: Vec3, segments: int, center: Vec3 = ORIGIN) -> Manifold:
    """A sphere stretched to ``radii`` along X, Y, Z."""
    return Manifold.sphere(1.0, segments).scale(radii).translate(center)


def dome(radii: Vec3, segments: int, base: Vec3 = ORIGIN) -> Manifold:
    """The upper half of an ellipsoid, flat side down on ``base`` (a mushroom cap, a roof)."""
    half = Manifold.sphere(1.0, segments).trim_by_plane((0.0, 0.0, 1.0), 0.0)
    return half.scale(radii).translate(base)


def torus(
    major_radius: float, minor_radius: float, segments: int, center: Vec3 = ORIGIN
) -> Manifold:
    """A ring around the Z axis."""
    circle = CrossSection.circle(minor_radius, max(8, segments // 2)).translate((major_radius, 0))
    return Manifold.revolve(circle, segments).translate(center)


def outline_section(points: Sequence[tuple[float, float]]) -> CrossSection:
    """A cross-section from one closed outline, whichever way round it was written."""
    array = np.asarray(points, dtype=np.float64)
    x, y = array[:, 0], array[:, 1]
    # manifold fills counter-clockwise contours; a clockwise one would come out empty
    if float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) < 0:
        array = array[::-1].copy()
    return CrossSection([array])


def lathe(profile: Sequence[tuple[float, float]], segments: int, base: Vec3 = ORIGIN) -> Manifold:
    """Revolve a closed (radius, height) outline about the Z axis (a vase, a bottle)."""
    outline = outline_section(profile)
    return Manifold.revolve(outline, segments).translate(base)


def vessel(
    outer: Sequence[tuple[float, float]], wall: float, floor: float, segments: int
) -> Manifold:
    """An open-topped pot: the (radius, height) outline of its outside, hollowed by ``wall``.

    ``outer`` runs from the bottom (height 0) to the rim, heights increasing.
    """
    radii = np.array([r for r, _ in outer])
    heights = np.array([z for _, z in outer])
    inner = [
        (max(r - wall, wall), z)
        for r, z in zip(radii[::-1], heights[::-1], strict=True)
        if z > floor
    ]
    floor_radius = max(float(np.interp(floor, heights, radii)) - wall, wall)
    profile = [(0.0, 0.0), *outer, *inner, (floor_radius, floor), (0.0, floor)]
    return lathe(profile, segments)


def prism(outline: Sequence[tuple[float, float]], height: float, base: Vec3 = ORIGIN) -> Manifold:
    """Extrude a closed XY outline upwards by ``height``."""
    return Manifold.extrude(outline_section(outline), height).translate(base)


def side_prism(
    outline: Sequence[tuple[float, float]] | CrossSection, width: float, center_x: float = 0.0
) -> Manifold:
    """Extrude a (y, z) side view across X by ``width``, centred on ``center_x`` (a car's cabin)."""
    if isinstance(outline, CrossSection):
        flat = Manifold.extrude(outline, width)
    else:
        flat = prism(outline, width)
    # Extrusion runs along Z; turn it so the outline's axes become (Y, Z) and depth becomes X.
    turned = flat.transform(_matrix(np.array([[0, 0, 1], [1, 0, 0], [0, 1, 0]], dtype=np.float64)))
    return turned.translate((center_x - width / 2, 0.0, 0.0))


def rod(
    start: Vec3, end: Vec3, radius: float, segments: int, end_radius: float | None = None
) -> Manifold:
    """A cylinder (or tapered cone) from ``start`` to ``end`` with flat ends."""
    length = float(np.linalg.norm(np.subtract(end, start)))
    top = radius if end_radius is None else end_radius
    shaft = Manifold.cylinder(length, radius, top, segments)
    return shaft.transform(_matrix(_aim_z(np.subtract(end, start)), start))


def capsule(
    start: Vec3, end: Vec3, radius: float, segments: int, end_radius: float | None = None
) -> Manifold:
    """A rod with round ends (limbs, tails, handles): a revolved 2D stadium, aimed at ``end``."""
    top = radius if end_radius is None else end_radius
    length = float(np.linalg.norm(np.subtract(end, start)))
    # Hulling two circles in 2D and revolving is much cheaper than hulling two 3D spheres.
    profile_segments = max(8, segments // 2)  # the revolve supplies the other direction's detail
    ends = [
        CrossSection.circle(radius, profile_segments),
        CrossSection.circle(top, profile_segments).translate((0.0, length)),
    ]
    # revolve turns the section's Y axis into Z, so the stadium comes out standing on the origin
    solid = Manifold.revolve(CrossSection.batch_hull(ends), segments)
    return solid.transform(_matrix(_aim_z(np.subtract(end, start)), start))


def arc_tube(
    center: Vec3,
    radius: float,
    tube_radius: float,
    segments: int,
    start_degrees: float = -90.0,
    sweep_degrees: float = 180.0,
) -> Manifold:
    """Part of a torus in the XZ plane, angles measured from +X towards +Z (a mug handle)."""
    circle = CrossSection.circle(tube_radius, max(8, segments // 2)).translate((radius, 0))
    steps = max(4, round(segments * sweep_degrees / 360))
    bent = Manifold.revolve(circle, steps, sweep_degrees).rotate((0.0, 0.0, start_degrees))
    # revolve sweeps in XY from +X towards +Y; tipping about X turns that sweep into XZ.
    return bent.rotate((90.0, 0.0, 0.0)).translate(center)


def blossom(radius: float, petals: int, segments: int) -> Manifold:
    """A ring of ``petals`` tilted up into a shallow cup, centred on the origin (a flower head)."""
    petal = ellipsoid((radius * 0.5, radius * 0.22, radius * 0.1), segments)
    petal = petal.translate((radius * 0.5, 0, 0)).rotate((0, -25, 0))
    return around_z(petal, petals)


def on_sphere(
    center: Vec3, radius: float, yaw_deg: float, pitch_deg: float, depth: float = 0.0
) -> Vec3:
    """A point on a sphere's front (-Y): ``yaw`` turns right, ``pitch`` up, ``depth`` sinks it."""
    yaw, pitch = math.radians(yaw_deg), math.radians(pitch_deg)
    r = radius - depth
    return (
        center[0] + r * math.sin(yaw) * math.cos(pitch),
        center[1] - r * math.cos(yaw) * math.cos(pitch),
        center[2] + r * math.sin(pitch),
    )


def sink_depth(host_r: float, host_segments: int, piece_r: float) -> float:
    """How deep to set a small ball (eye, button) into a big one so it holds at any resolution.

    A tessellated ball lies inside the true sphere by up to its sagitta; sinking past that,
    plus half the piece, makes the piece always cut into the host yet still show.
    """
    return host_r * (1 - math.cos(2 * math.pi / host_segments)) + piece_r * 0.5


def union(solids: Sequence[Manifold]) -> Manifold:
    """All ``solids`` as one."""
    return Manifold.batch_boolean(list(solids), OpType.Add)


def subtract(solid: Manifold, *cutters: Manifold) -> Manifold:
    """``solid`` with ``cutters`` removed."""
    return Manifold.batch_boolean([solid, *cutters], OpType.Subtract)


def around_z(solid: Manifold, count: int, start_degrees: float = 0.0) -> Manifold:
    """``count`` copies of ``solid`` turned evenly about the Z axis (fins, crenellations)."""
    step = 360.0 / count
    return union([solid.rotate((0.0, 0.0, start_degrees + i * step)) for i in range(count)])


def mirrored_x(solid: Manifold) -> Manifold:
    """``solid`` plus its mirror image across the YZ plane (a pair of ears, of legs)."""
    return union([solid, solid.mirror((1.0, 0.0, 0.0))])


def _aim_z(direction: np.ndarray) -> np.ndarray:
    """The rotation taking +Z onto ``direction`` (Rodrigues' formula)."""
    target = direction / np.linalg.norm(direction)
    z = np.array([0.0, 0.0, 1.0])
    axis = np.cross(z, target)
    sine, cosine = float(np.linalg.norm(axis)), float(np.dot(z, target))
    if sine < 1e-12:
        return np.eye(3) if cosine > 0 else np.diag([1.0, -1.0, -1.0])
    k = axis / sine
    skew = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    rotation: np.ndarray = np.eye(3) + sine * skew + (1 - cosine) * skew @ skew
    return rotation


def _matrix(rotation: np.ndarray, offset: Sequence[float] = ORIGIN) -> np.ndarray:
    """A 3-by-4 affine matrix for ``Manifold.transform``."""
    return np.hstack([rotation, np.asarray(offset, dtype=np.float64).reshape(3, 1)])


def degrees_between(a: float, b: float) -> float:
    """The angle in degrees whose tangent is ``a / b`` (for tilting parts)."""
    return math.degrees(math.atan2(a, b))
