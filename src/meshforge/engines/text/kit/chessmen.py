"""Chessmen: the six turned pieces of a Staunton set, for a lone piece or a board laid out.

Same frame as ``solids``: Z up, metres; the knight faces -X.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.gear import front_plate, smooth_loop
from meshforge.engines.text.kit.solids import (
    around_z,
    box,
    cylinder,
    ellipsoid,
    lathe,
    sphere,
    subtract,
    union,
)
from meshforge.engines.text.kit.tableware import smooth_outline

IVORY: RGB = (240, 232, 210)
EBONY: RGB = (35, 32, 30)
PIECES = ("pawn", "rook", "knight", "bishop", "queen", "king")
#: each piece's height in metres in a club set (the king's is 9 cm)
HEIGHTS = {
    "pawn": 0.05,
    "rook": 0.055,
    "knight": 0.06,
    "bishop": 0.068,
    "queen": 0.08,
    "king": 0.09,
}


def base_radius(piece: str, height: float) -> float:
    """The radius of a piece's foot."""
    return height * (0.32 if piece != "pawn" else 0.38)


def chessman(piece: str, height: float, seg: int) -> Manifold:
    """One chess piece ``height`` tall standing on the origin, its round parts ``seg`` sided."""
    base_r = base_radius(piece, height)
    neck_top = height * (0.55 if piece in ("pawn", "rook") else 0.7)
    radii = [
        base_r,
        base_r * 0.95,
        base_r * 0.7,
        base_r * 0.5,
        base_r * 0.42,
        base_r * 0.4,
        base_r * 0.45,
        base_r * 0.62,
    ]
    if piece == "rook":
        radii = [
            base_r,
            base_r * 0.95,
            base_r * 0.72,
            base_r * 0.6,
            base_r * 0.58,
            base_r * 0.62,
            base_r * 0.7,
            base_r * 0.72,
        ]
    body_outline = smooth_outline(radii, neck_top, 16)
    body = lathe([(0.0, 0.0), *body_outline, (0.0, neck_top)], seg)
    collar = cylinder(base_r * 0.72, height * 0.04, seg, (0, 0, neck_top - height * 0.02))
    parts = [body, collar]
    top = neck_top + height * 0.02
    if piece == "pawn":
        parts.append(sphere(base_r * 0.55, seg, (0, 0, top + base_r * 0.45)))
    elif piece == "rook":
        turret = cylinder(base_r * 0.75, height * 0.22, seg, (0, 0, top - 0.001))
        notch = box((base_r * 0.3, base_r * 2, height * 0.12), (0, 0, top + height * 0.2))
        parts.append(subtract(turret, around_z(notch, 3)))
    elif piece == "bishop":
        mitre = ellipsoid(
            (base_r * 0.48, base_r * 0.48, height * 0.17), seg, (0, 0, top + height * 0.12)
        )
        slit = box(
            (base_r, base_r * 0.12, height * 0.2), (base_r * 0.3, 0, top + height * 0.2)
        ).rotate((0, 35, 0))
        parts += [subtract(mitre, slit), sphere(base_r * 0.13, 16, (0, 0, top + height * 0.3))]
    elif piece == "queen":
        cup = cylinder(
            base_r * 0.45, height * 0.14, seg, (0, 0, top - 0.001), top_radius=base_r * 0.62
        )
        balls = around_z(sphere(base_r * 0.1, 12, (base_r * 0.58, 0, top + height * 0.14)), 8)
        parts += [cup, balls, sphere(base_r * 0.16, 16, (0, 0, top + height * 0.17))]
    elif piece == "king":
        cup = cylinder(
            base_r * 0.45, height * 0.13, seg, (0, 0, top - 0.001), top_radius=base_r * 0.6
        )
        dome_top = ellipsoid(
            (base_r * 0.5, base_r * 0.5, height * 0.06), seg, (0, 0, top + height * 0.13)
        )
        cross_z = top + height * 0.19
        cross = union(
            [
                box((base_r * 0.12, base_r * 0.12, height * 0.12), (0, 0, cross_z + height * 0.05)),
                box((base_r * 0.38, base_r * 0.12, base_r * 0.12), (0, 0, cross_z + height * 0.07)),
            ]
        )
        parts += [cup, dome_top, cross]
    else:
        parts.append(_horse_head(height, base_r, top))
    return union(parts)


def _horse_head(height: float, base_r: float, top: float) -> Manifold:
    """The knight's horse head, side profile facing -X, extruded across Y."""
    h, w = height * 0.5, base_r
    outline = smooth_loop(
        [
            (w * 0.55, top - h * 0.05),
            (-w * 0.55, top - h * 0.05),
            (-w * 0.5, top + h * 0.25),
            (-w * 1.0, top + h * 0.45),
            (-w * 0.95, top + h * 0.65),
            (-w * 0.3, top + h * 0.95),
            (w * 0.05, top + h * 1.05),
            (w * 0.5, top + h * 0.8),
            (w * 0.65, top + h * 0.35),
        ],
        4,
    )
    return front_plate(outline, base_r * 0.7, round_r=base_r * 0.1)
