"""What tools, weapons, instruments, sports gear, clothing and toys share: finishes and shapes.

Same frame as ``solids``: Z up, metres, the object's front towards -Y. The shapes here are
flat outlines made round (a deck, a sole, a shield), smooth closed curves, bent flat strips
and strings; each is watertight, like every solid in the kit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import (
    Vec3,
    outline_section,
    prism,
    rod,
    side_prism,
    sphere,
    union,
)
from meshforge.engines.text.kit.sweeps import face_prism

#: bright and dark steels, brass, gold, black iron
STEEL: RGB = (195, 200, 208)
DARK_STEEL: RGB = (80, 83, 90)
IRON: RGB = (55, 56, 60)
BRASS: RGB = (215, 170, 70)
GOLD: RGB = (235, 190, 60)
SILVER: RGB = (210, 212, 218)
#: leathers, from tan to near black
LEATHERS: tuple[RGB, ...] = ((120, 75, 40), (85, 50, 30), (150, 100, 55), (45, 32, 25))
#: woods of instruments and toys, light to dark
WOODS: tuple[RGB, ...] = ((200, 150, 90), (165, 105, 55), (120, 70, 35), (215, 175, 120))
#: sports and clothing colours: bold, as sold
SPORTY: tuple[RGB, ...] = (
    (205, 35, 40),
    (35, 85, 185),
    (30, 30, 34),
    (240, 240, 238),
    (45, 150, 80),
    (245, 160, 30),
    (120, 60, 160),
)
#: denims, khakis, greys and navies of everyday clothes
CLOTHES: tuple[RGB, ...] = (
    (45, 60, 110),
    (190, 170, 130),
    (120, 122, 128),
    (30, 35, 55),
    (160, 40, 45),
    (60, 100, 70),
)
BLACK: RGB = (28, 28, 31)
WHITE: RGB = (242, 242, 238)
RUBBER: RGB = (35, 35, 38)
IVORY: RGB = (245, 240, 225)


def smooth_loop(points: Sequence[tuple[float, float]], steps: int = 4) -> list[tuple[float, float]]:
    """A closed Catmull-Rom curve through ``points`` (a sole, a violin body), ``steps`` per span."""
    p = np.asarray(points, dtype=np.float64)
    count = len(p)
    out: list[tuple[float, float]] = []
    for i in range(count):
        p0, p1, p2, p3 = p[i - 1], p[i], p[(i + 1) % count], p[(i + 2) % count]
        for t in np.linspace(0.0, 1.0, steps + 1)[:-1]:
            q = 0.5 * (
                2 * p1
                + (p2 - p0) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (3 * p1 - p0 - 3 * p2 + p3) * t**3
            )
            out.append((float(q[0]), float(q[1])))
    return out


def rounded_section(points: Sequence[tuple[float, float]], radius: float) -> CrossSection:
    """A closed outline with its corners rounded by ``radius`` (shrunk, then grown back)."""
    section = outline_section(points)
    if radius <= 0:
        return section
    return section.offset(-radius, circular_segments=16).offset(radius, circular_segments=16)


def top_plate(
    outline: Sequence[tuple[float, float]], thickness: float, z: float = 0.0, round_r: float = 0.0
) -> Manifold:
    """A top-view (x, y) outline extruded up by ``thickness`` from ``z`` (a deck, a sole)."""
    return Manifold.extrude(rounded_section(outline, round_r), thickness).translate((0, 0, z))


def front_plate(
    outline: Sequence[tuple[float, float]], thickness: float, y: float = 0.0, round_r: float = 0.0
) -> Manifold:
    """A front-view (x, z) outline, corners rounded, ``thickness`` deep about ``y``."""
    if round_r <= 0:
        return face_prism(outline, thickness, y)
    # as face_prism: a (y, z) side prism of the mirrored outline, turned a quarter about Z
    mirrored = rounded_section([(-x, z) for x, z in outline], round_r)
    return side_prism(mirrored, thickness, 0.0).rotate((0.0, 0.0, 90.0)).translate((0, y, 0))


def side_plate(
    outline: Sequence[tuple[float, float]], thickness: float, x: float = 0.0, round_r: float = 0.0
) -> Manifold:
    """A side-view (y, z) outline, corners rounded, ``thickness`` wide about ``x``."""
    return side_prism(rounded_section(outline, round_r), thickness, x)


def ellipse_points(
    rx: float, ry: float, count: int = 24, center: tuple[float, float] = (0.0, 0.0)
) -> list[tuple[float, float]]:
    """``count`` points round an ellipse, counter-clockwise."""
    return [
        (center[0] + rx * math.cos(t), center[1] + ry * math.sin(t))
        for t in np.linspace(0, 2 * math.pi, count, endpoint=False)
    ]


def strings(
    pairs: Sequence[tuple[Vec3, Vec3]], radius: float, segments: int = 6
) -> Manifold | None:
    """Thin rods between each (start, end) pair (strings, spokes, wires), or None for none."""
    rods = [rod(start, end, radius, segments) for start, end in pairs]
    return union(rods) if rods else None


def lathe_x(
    profile: Sequence[tuple[float, float]], segments: int, start: Vec3 = (0.0, 0.0, 0.0)
) -> Manifold:
    """A (radius, distance) outline revolved about an axis pointing along +X from ``start``."""
    section = outline_section(profile)
    solid = Manifold.revolve(section, segments)
    # revolve turns the outline's second axis into Z; turn Z onto +X
    return solid.rotate((0.0, 90.0, 0.0)).translate(start)


def lathe_y(
    profile: Sequence[tuple[float, float]], segments: int, start: Vec3 = (0.0, 0.0, 0.0)
) -> Manifold:
    """A (radius, distance) outline revolved about an axis pointing along -Y (to the front)."""
    section = outline_section(profile)
    solid = Manifold.revolve(section, segments)
    return solid.rotate((90.0, 0.0, 0.0)).translate(start)


def leaf_blade(
    length: float, width: float, thick: float, base_z: float, widest: float = 0.3
) -> Manifold:
    """A leaf-shaped, diamond-section blade from ``base_z`` up to its point (spears, daggers)."""
    lozenge = [(width / 2, 0.0), (0.0, thick / 2), (-width / 2, 0.0), (0.0, -thick / 2)]
    belly = prism(lozenge, 0.004, (0, 0, base_z + length * widest))
    root = prism(lozenge, 0.004, (0, 0, base_z)).scale((0.3, 1.0, 1.0))
    tip = sphere(0.0008, 8, (0, 0, base_z + length))
    return Manifold.batch_hull([root, belly, tip])
