"""Shapes every creature kit shares: limbs aimed between two points, skin patterns, wings.

Same frame as ``solids``: Z up, metres, the creature's front towards -Y. The body plans built
on these live in ``beasts`` (four-legged mammals), ``birds``, ``sea_life``, ``bugs`` and
``saurians`` (reptiles, dinosaurs and dragons).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manifold3d import Manifold, OpType

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, prism, union

#: The pale cream of bellies, muzzles and chests.
CREAM: RGB = (240, 230, 210)
#: Teeth, claws and horns.
IVORY: RGB = (245, 240, 225)
#: Dark claws, beaks and stingers.
HORN_DARK: RGB = (50, 45, 40)


def aimed(solid: Manifold, start: Vec3, end: Vec3) -> Manifold:
    """``solid``, built along +Z from 0 to 1, stretched and turned to run ``start``→``end``."""
    direction = np.subtract(end, start, dtype=np.float64)
    length = float(np.linalg.norm(direction))
    target = direction / length
    axis = np.cross((0.0, 0.0, 1.0), target)
    sine, cosine = float(np.linalg.norm(axis)), float(target[2])
    if sine < 1e-9:
        rotation = np.eye(3) if cosine > 0 else np.diag([1.0, -1.0, -1.0])
    else:
        k = axis / sine
        skew = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
        rotation = np.eye(3) + sine * skew + (1 - cosine) * skew @ skew
    stretched = solid.scale((1.0, 1.0, length))
    matrix = np.hstack([rotation, np.asarray(start, dtype=np.float64).reshape(3, 1)])
    return stretched.transform(matrix)


def spindle(start: Vec3, end: Vec3, radius: float, segments: int, flat: float = 1.0) -> Manifold:
    """An ellipsoid whose long axis runs from ``start`` to ``end`` (a bushy tail, a thigh).

    ``flat`` squashes it across its first cross axis (0.5: half as wide as deep).
    """
    ball = Manifold.sphere(1.0, segments).scale((radius * flat, radius, 0.5)).translate((0, 0, 0.5))
    return aimed(ball, start, end)


def grown(solid: Manifold, factor: float) -> Manifold:
    """``solid`` scaled by ``factor`` about the centre of its bounding box."""
    low_x, low_y, low_z, high_x, high_y, high_z = solid.bounding_box()
    center = ((low_x + high_x) / 2, (low_y + high_y) / 2, (low_z + high_z) / 2)
    return (
        solid.translate(tuple(-c for c in center)).scale((factor, factor, factor)).translate(center)
    )


def skin_pattern(surface: Manifold, cutters: Sequence[Manifold], grow: float = 1.03) -> Manifold:
    """The parts of a slightly grown ``surface`` inside ``cutters``: stripes, spots, bands.

    The pattern hugs the surface exactly, whatever its shape, and stands just proud of it.
    """
    return Manifold.batch_boolean([grown(surface, grow), union(cutters)], OpType.Intersect)


def side_blade(outline: Sequence[tuple[float, float]], thickness: float) -> Manifold:
    """A flat (y, z) side-view outline extruded across X, centred on x = 0 (a fin, a plate)."""
    flat = prism(outline, thickness, (0.0, 0.0, -thickness / 2))
    # prism extrudes an (x, y) outline up Z: swap so the outline's axes become (Y, Z)
    return flat.transform(np.array([[0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float64))


def plan_blade(
    outline: Sequence[tuple[float, float]], thickness: float, z: float = 0.0
) -> Manifold:
    """A flat top-view (x, y) outline, ``thickness`` thick, its middle at height ``z`` (a wing)."""
    return prism(outline, thickness, (0.0, 0.0, z - thickness / 2))


def feathered_wing(span: float, chord: float, feathers: int = 5) -> list[tuple[float, float]]:
    """Top-view outline of a spread bird's wing along +X from the shoulder, trailing edge +Y.

    The leading edge is a gentle arc; the trailing edge is cut into ``feathers`` rounded tips.
    """
    lead = [
        (span * t, -chord * 0.35 * math.sin(math.pi * min(1.0, t * 1.1)) * 0.4)
        for t in np.linspace(0.0, 1.0, 7)
    ]
    trail: list[tuple[float, float]] = []
    for i in range(feathers):
        x0 = span * (1 - i / feathers)
        x1 = span * (1 - (i + 1) / feathers)
        depth = chord * (0.55 + 0.45 * (i + 1) / feathers)
        trail.append((x0 - (x0 - x1) * 0.15, depth * 0.75))
        trail.append(((x0 + x1) / 2, depth))
    trail.append((0.0, chord * 0.9))
    return [*lead, *trail]


def membrane_fingers(
    span: float, chord: float, fingers: int = 4
) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """Where a membrane wing's wrist and finger tips are, in ``membrane_wing``'s outline frame:
    for the bones drawn over the membrane."""
    wrist = (span * 0.45, -chord * 0.25)
    tips = [
        (span * (1.0 - 0.75 * i / fingers), chord * (-0.1 + 1.0 * (i / fingers) ** 0.8))
        for i in range(fingers)
    ]
    return wrist, tips


def membrane_wing(
    span: float, chord: float, fingers: int = 4, curve: int = 1
) -> list[tuple[float, float]]:
    """Top-view outline of a bat's or dragon's wing along +X, scalloped between its fingers.

    The leading edge runs out to the wrist and the first finger's tip; the trailing edge
    (+Y) hangs between the finger tips in curved scallops back to the body. ``curve`` is how
    many points draw each scallop: 1 cuts a notch, more draw a smooth hanging arc.
    """
    wrist, tips = membrane_fingers(span, chord, fingers)
    outline: list[tuple[float, float]] = [(0.0, -chord * 0.05), wrist]
    for i, tip in enumerate(tips):
        outline.append(tip)
        after = tips[i + 1] if i + 1 < fingers else (0.0, chord * 0.75)
        middle = ((tip[0] + after[0]) / 2, (tip[1] + after[1]) / 2)
        # a scallop: the membrane between two fingers is drawn in towards the wrist
        pull = 0.3 if curve == 1 else 0.55
        inner = (
            middle[0] + (wrist[0] - middle[0]) * pull,
            middle[1] + (wrist[1] - middle[1]) * pull,
        )
        if curve == 1:
            outline.append(inner)
            continue
        for k in range(1, curve + 1):
            t = k / (curve + 1)  # a quadratic arc from this tip to the next, bowed in
            outline.append(
                (
                    (1 - t) ** 2 * tip[0] + 2 * t * (1 - t) * inner[0] + t * t * after[0],
                    (1 - t) ** 2 * tip[1] + 2 * t * (1 - t) * inner[1] + t * t * after[1],
                )
            )
    outline.append((0.0, chord * 0.75))
    return outline


def teeth_row(count: int, half_width: float, size: float, at: Vec3, segments: int) -> Manifold:
    """``count`` small cone teeth pointing down, spread across ``half_width`` around ``at``."""
    teeth = []
    for i in range(count):
        x = at[0] + half_width * (2 * i / max(1, count - 1) - 1)
        tooth = Manifold.cylinder(size * 1.6, size * 0.5, 0.0, segments).rotate((180, 0, 0))
        teeth.append(tooth.translate((x, at[1], at[2] + size * 0.4)))
    return union(teeth)
