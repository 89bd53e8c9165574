"""A chess piece on a turned base: pawn, rook, knight, bishop, queen or king."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
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


def build_chess_piece(a: Assembly) -> None:
    """A chess piece on a turned base: pawn, rook, knight, bishop, queen or king."""
    named = [piece for piece in PIECES if a.mentions(piece, "castle" if piece == "rook" else piece)]
    piece = named[0] if named else a.pick(PIECES)
    if a.mentions("black", "dark", "ebony"):
        color = EBONY
    elif a.mentions("white", "ivory", "light"):
        color = IVORY
    else:
        color = a.pick((IVORY, EBONY))
    height = {
        "pawn": 0.05,
        "rook": 0.055,
        "knight": 0.06,
        "bishop": 0.068,
        "queen": 0.08,
        "king": 0.09,
    }[piece]
    height *= a.vary(1.0, 0.05)
    base_r = height * (0.32 if piece != "pawn" else 0.38)
    seg = a.segments(base_r)
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
        parts += [cup, balls, sphere(base_r * 0.16, 16, (0, 0, top + height * 0.18))]
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
    a.add(union(parts), "piece", color)


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


TEMPLATE = Template(
    "chess piece",
    build_chess_piece,
    0.08,
    description="a carved game piece for chess on a round turned base",
    synonyms=(
        "chessman",
        "pawn",
        "rook",
        "chess pawn",
        "chess queen",
        "chess bishop",
    ),
    kinds=(
        "chess rook",
        "chess set piece",
        "chesspiece",
        "chess knight",
        "chess king",
        "chess horse",
    ),
    parts=("piece",),
    aliases={"base": "piece", "body": "piece"},
)
