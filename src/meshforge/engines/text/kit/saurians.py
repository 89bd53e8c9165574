"""Reptiles, dinosaurs and dragons: long tapering tails, toothy snouts, sprawling or pillar legs.

Same frame as ``solids``: Z up, metres, the head towards -Y. Each template places the torso
itself and hangs these parts on it.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, on_sphere, sphere, union
from meshforge.engines.text.kit.sweeps import tube

CLAW: RGB = (60, 55, 50)


def tail(
    a: Assembly,
    root: Vec3,
    length: float,
    radius: float,
    drop: float,
    color: RGB,
    sway: float = 0.0,
) -> Vec3:
    """A tail tapering from ``radius`` at ``root`` back (+Y) over ``length``; returns its tip."""
    x0, y0, z0 = root
    swing = sway * length * a.between(-1.0, 1.0)
    points: list[Vec3] = [
        root,
        (x0 + swing * 0.2, y0 + length * 0.35, z0 - drop * 0.45),
        (x0 + swing * 0.6, y0 + length * 0.7, z0 - drop * 0.85),
        (x0 + swing, y0 + length, z0 - drop),
    ]
    a.add(tube(points, radius, a.segments(radius), radius * 0.12), "tail", color)
    return points[-1]


def snout_head(
    a: Assembly,
    back: Vec3,
    length: float,
    width: float,
    height: float,
    color: RGB,
    teeth: int = 0,
) -> Vec3:
    """A skull at ``back`` drawn out into a snout ``length`` forward; returns the snout's tip.

    With ``teeth``, a row of them shows along each side of the upper jaw.
    """
    skull = ellipsoid((width, width * 1.1, height), a.segments(width), back)
    tip: Vec3 = (back[0], back[1] - length, back[2] - height * 0.25)
    nose = ellipsoid((width * 0.55, width * 0.5, height * 0.45), a.segments(width * 0.5), tip)
    a.add(Manifold.batch_hull([skull, nose]), "head", color)
    for side in (-1, 1):
        eye = on_sphere(
            (back[0], back[1] - width * 0.2, back[2]), width * 0.95, side * 55, 35, width * 0.1
        )
        a.add(sphere(width * 0.16, a.segments(width * 0.16), eye), "eye", EYE, Tier.FIXED)
    if teeth:
        # long cones rooted deep in the jaw, so that they hold on at any resolution, and
        # showing their points below it
        cone = Manifold.cylinder(height * 0.5, width * 0.07, 0.0, 6).rotate((180, 0, 0))
        rows = []
        for side in (-1, 1):
            for k in range(teeth):
                t = (k + 0.5) / teeth
                x = side * width * 0.5 * (1 - 0.4 * t)
                y = back[1] - length * t * 0.9 - width * 0.3
                rows.append(cone.translate((x, y, back[2] - height * (0.55 - 0.25 * t))))
        a.add(union(rows), "teeth", IVORY, Tier.FIXED)
    return tip


def sprawl_legs(
    a: Assembly, hips: tuple[float, ...], width: float, z: float, reach: float, r: float, color: RGB
) -> None:
    """Legs that stick out sideways and bend down to splayed feet (a crocodile, a lizard)."""
    for y in hips:
        for side in (-1, 1):
            hip: Vec3 = (side * width, y, z)
            knee: Vec3 = (side * (width + reach * 0.6), y, z + r * 0.5)
            foot: Vec3 = (side * (width + reach * 0.75), y - r, r * 0.8)
            seg = a.segments(r * 0.5)
            leg = [
                capsule(hip, knee, r, seg, r * 0.9),
                capsule(knee, foot, r * 0.85, seg, r * 0.7),
                ellipsoid((r * 1.3, r * 1.5, r * 0.5), seg, (foot[0], foot[1] - r * 0.6, r * 0.5)),
            ]
            a.add(union(leg), "leg", color)


def pillar_legs(
    a: Assembly,
    hips: tuple[float, ...],
    width: float,
    z: float,
    r: float,
    color: RGB,
    toes: bool = True,
) -> None:
    """Straight column legs under the body (a sauropod, a stegosaurus), with blunt claws."""
    for y in hips:
        for side in (-1, 1):
            x = side * width
            a.add(capsule((x, y, z), (x, y, r * 0.9), r, a.segments(r), r * 0.9), "leg", color)
            if toes:
                for dx in (-0.5, 0.0, 0.5):
                    claw = sphere(r * 0.28, 8, (x + dx * r, y - r * 0.85, r * 0.25))
                    a.add(claw, "claw", CLAW, Tier.FIXED)


def biped_legs(a: Assembly, hip_y: float, width: float, z: float, r: float, color: RGB) -> None:
    """Two big hind legs: a drumstick thigh, a shin sloping back, a foot with three toes."""
    for side in (-1, 1):
        x = side * width
        thigh = ellipsoid((r * 1.1, r * 1.8, r * 2.6), a.segments(r * 1.5)).rotate((-20, 0, 0))
        a.add(thigh.translate((x, hip_y - r * 0.3, z - r * 1.2)), "leg", color)
        knee: Vec3 = (x, hip_y - r * 0.9, z - r * 3.0)
        ankle: Vec3 = (x, hip_y + r * 0.3, r * 1.4)
        a.add(capsule(knee, ankle, r * 0.75, a.segments(r), r * 0.55), "leg", color)
        a.add(capsule(ankle, (x, hip_y - r * 0.1, r * 0.5), r * 0.55, a.segments(r)), "leg", color)
        for dx in (-0.7, 0.0, 0.7):
            toe_end: Vec3 = (x + dx * r, hip_y - r * 1.6, r * 0.3)
            a.add(
                capsule((x, hip_y - r * 0.1, r * 0.45), toe_end, r * 0.35, 10, r * 0.2),
                "leg",
                color,
            )
            a.add(
                sphere(r * 0.22, 8, (toe_end[0], toe_end[1] - r * 0.2, r * 0.22)),
                "claw",
                CLAW,
                Tier.FIXED,
            )


def spikes(
    a: Assembly, points: list[Vec3], size: float, color: RGB, part: str, lean: float = 0.0
) -> None:
    """Cone spikes standing up from each of ``points`` (a dragon's back, a stegosaurus' tail)."""
    cones = []
    for x, y, z in points:
        cone = Manifold.cylinder(size * 1.4, size * 0.45, 0.0, 8).rotate((lean, 0, 0))
        cones.append(cone.translate((x, y, z - size * 0.2)))
    a.add(union(cones), part, color, Tier.SECONDARY)


#: Part words the saurian templates share.
PARTS = ("body", "head", "eye", "teeth", "leg", "claw", "tail", "belly")
ALIASES = {
    "scales": "body",
    "skin": "body",
    "legs": "leg",
    "feet": "leg",
    "claws": "claw",
    "tooth": "teeth",
    "jaw": "head",
    "snout": "head",
}
