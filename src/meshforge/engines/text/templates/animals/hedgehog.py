"""A hedgehog: a round body covered in brown spines, a pointed pale face and tiny feet."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, sphere, union

SPINES: tuple[RGB, ...] = ((95, 70, 50), (110, 85, 60), (80, 60, 45))
FACE: RGB = (220, 195, 160)
NOSE: RGB = (30, 25, 25)


def build_hedgehog(a: Assembly) -> None:
    """A hedgehog: a round body covered in brown spines, a pointed pale face and tiny feet."""
    r = a.vary(0.08, 0.08)
    body = (0.0, 0.0, r * 0.8)
    a.add(ellipsoid((r * 0.85, r, r * 0.7), a.segments(r), body), "body", FACE, Tier.FIXED)
    if a.wants("spine"):
        spines = []
        for azimuth, fraction in golden_points(a.pick((70, 80, 90))):
            # a spine on the back half of a sphere, pointing outwards and backwards
            pitch = math.asin(min(1.0, fraction * 1.1 - 0.15))
            direction = (
                math.cos(pitch) * math.cos(azimuth),
                math.cos(pitch) * math.sin(azimuth),
                math.sin(pitch),
            )
            if direction[1] < -0.55 or direction[2] < -0.05:  # leave the face and belly bare
                continue
            root = (
                r * 0.8 * direction[0],
                r * 0.9 * direction[1],
                body[2] + r * 0.6 * direction[2],
            )
            tip = (
                root[0] + r * 0.45 * direction[0],
                root[1] + r * 0.45 * (direction[1] + 0.6),
                root[2] + r * 0.45 * direction[2],
            )
            spines.append(capsule(root, tip, r * 0.06, 8, r * 0.01))
        a.add(union(spines), "spine", SPINES)
    head = (0.0, -r * 0.85, r * 0.65)
    snout = capsule(head, (0.0, -r * 1.45, r * 0.5), r * 0.3, a.segments(r * 0.3), r * 0.1)
    a.add(snout, "face", FACE, Tier.FIXED)
    a.add(sphere(r * 0.08, 12, (0.0, -r * 1.55, r * 0.5)), "nose", NOSE, Tier.FIXED)
    for side in (-1, 1):
        eye = (side * r * 0.2, -r * 1.05, r * 0.8)
        a.add(sphere(r * 0.06, 12, eye), "eye", EYE, Tier.FIXED)
        ear = ellipsoid((r * 0.1, r * 0.04, r * 0.1), 12, (side * r * 0.3, -r * 0.8, r * 0.98))
        a.add(ear, "face", FACE, Tier.FIXED)
        for y in (-0.5, 0.5):
            foot = cylinder(r * 0.1, r * 0.35, 12, (side * r * 0.45, y * r, 0.0), r * 0.12)
            a.add(foot, "leg", FACE, Tier.FIXED)


TEMPLATE = Template(
    "hedgehog",
    build_hedgehog,
    0.14,
    description="a small round hedgehog covered in brown spines with a pointed snout",
    synonyms=("hedgehogs", "hedgie"),
    kinds=("porcupine",),
    parts=("body", "spine", "face", "nose", "eye", "leg"),
    aliases={
        "spines": "spine",
        "quill": "spine",
        "quills": "spine",
        "snout": "face",
        "feet": "leg",
    },
)
