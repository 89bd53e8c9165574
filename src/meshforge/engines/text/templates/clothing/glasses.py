"""Glasses opened as if worn: two lens rims and a bridge in front, two arms to the back."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import (
    BLACK,
    GOLD,
    SILVER,
    ellipse_points,
    front_plate,
    smooth_loop,
)
from meshforge.engines.text.kit.solids import box, subtract
from meshforge.engines.text.kit.sweeps import tube

FRAMES: tuple[RGB, ...] = (BLACK, (90, 50, 30), GOLD, SILVER, (180, 40, 50))
CLEAR: RGB = (200, 225, 235)
TINTS: tuple[RGB, ...] = ((30, 32, 38), (60, 45, 30), (40, 70, 60))


def build_glasses(a: Assembly) -> None:
    """Glasses opened as if worn: two lens rims and a bridge in front, two arms to the back."""
    sun = a.mentions("sunglasses", "sun", "shades", "aviator", "aviators", "tinted", "dark")
    width = a.vary(0.052, 0.08)
    height = width * a.between(0.6, 0.85) if not a.mentions("round") else width
    gap = a.vary(0.018, 0.1)
    z = 0.03
    aviator = a.mentions("aviator", "aviators") or (sun and a.chance(0.3))
    rim = 0.004 if a.chance(0.5) else 0.0025
    frame = a.pick(FRAMES)
    lens_color = a.pick(TINTS) if sun else CLEAR
    for side in (-1, 1):
        cx = side * (gap / 2 + width / 2)
        if aviator:
            shape = smooth_loop(
                [
                    (-width / 2, height * 0.35),
                    (width / 2, height * 0.4),
                    (width * 0.35, -height * 0.45),
                    (-width * 0.2, -height * 0.6),
                ],
                6,
            )
            shape = [(x * side, zz) for x, zz in shape]
        else:
            shape = ellipse_points(width / 2, height / 2, 32)
        outline = [(cx + x, z + zz) for x, zz in shape]
        inner = [
            (cx + x * (1 - 2 * rim / width), z + zz * (1 - 2 * rim / height)) for x, zz in shape
        ]
        ring = subtract(front_plate(outline, 0.005), front_plate(inner, 0.02))
        a.add(ring, "frame", frame)
        a.add(front_plate(inner, 0.002), "lens", lens_color, Tier.FIXED)
    a.add(
        tube(
            [
                (-gap / 2 - 0.002, 0, z + height * 0.2),
                (0, 0, z + height * 0.3),
                (gap / 2 + 0.002, 0, z + height * 0.2),
            ],
            0.0022,
            12,
        ),
        "frame",
        frame,
    )
    span = gap + 2 * width
    for side in (-1, 1):
        x = side * (span / 2 - 0.002)
        hinge = box((0.006, 0.008, 0.006), (x, 0.003, z + height * 0.25))
        arm = tube(
            [
                (x, 0.004, z + height * 0.25),
                (x * 1.02, 0.07, z + height * 0.22),
                (x * 1.02, 0.12, z + height * 0.1),
                (x, 0.14, z - height * 0.15),
            ],
            0.0022,
            12,
        )
        a.add(Manifold.batch_hull([hinge]), "frame", frame)
        a.add(arm, "arm", frame)


TEMPLATE = Template(
    "glasses",
    build_glasses,
    0.06,
    description="a pair of spectacles: two lenses in a frame with arms that rest on the ears",
    synonyms=("eyeglasses", "spectacles", "sunglasses", "shades", "sun glasses", "reading glasses"),
    kinds=(
        "aviators",
        "aviator sunglasses",
        "specs",
        "round glasses",
    ),
    parts=("frame", "lens", "arm"),
    aliases={"temple": "arm", "rim": "frame", "bridge": "frame"},
)
