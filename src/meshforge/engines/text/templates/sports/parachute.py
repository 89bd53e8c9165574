"""A parachute: a wide striped dome canopy, open underneath, its lines gathered down to a
skydiver hanging in a harness (or to a cargo crate)."""

from __future__ import annotations

import math
from dataclasses import replace

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import BLACK, SPORTY
from meshforge.engines.text.kit.solids import box, lathe, prism, rod
from meshforge.engines.text.kit.vehicles import FRAME_DARK

CANOPIES: tuple[RGB, ...] = (
    (220, 50, 40),
    (240, 160, 30),
    (40, 90, 180),
    (60, 150, 80),
    (240, 240, 235),
)
STRIPES: tuple[RGB, ...] = ((240, 240, 235), (240, 200, 30), (30, 30, 35))
LINE: RGB = (225, 225, 220)
CRATE: RGB = (150, 115, 70)


def build_parachute(a: Assembly) -> None:
    """A striped dome canopy whose lines gather down to a skydiver or a crate."""
    radius = a.vary(3.2, 0.1)
    rise = radius * a.between(0.45, 0.55)
    drop = radius * 1.4  # from the canopy's rim down to where the lines meet
    hang = 1.9 if not a.mentions("cargo", "crate", "supply", "box") else 0.8
    rim_z = hang + drop
    # the canopy: a thin dome shell, open underneath, in alternating coloured gores
    samples = 12
    outer = [
        (radius * math.sin(math.pi / 2 * k / samples), rise * math.cos(math.pi / 2 * k / samples))
        for k in range(samples + 1)
    ]
    inner = [(r * 0.97, z - 0.06) for r, z in reversed(outer)]
    shell = lathe([(0.0, rise), *outer[1:], *inner[:-1], (0.0, rise - 0.06)], a.segments(radius))
    gores = a.pick((8, 10, 12))
    wedge = prism(
        [
            (0, 0),
            (radius * 2 * math.cos(0), 0),
            (
                radius * 2 * math.cos(math.pi * 2 / gores),
                radius * 2 * math.sin(math.pi * 2 / gores),
            ),
        ],
        rise * 2,
        (0, 0, -rise * 0.5),
    )
    every_other = Manifold.batch_boolean(
        [wedge.rotate((0, 0, 720.0 * k / gores)) for k in range(gores // 2)], OpType.Add
    )
    striped = Manifold.batch_boolean([shell, every_other], OpType.Intersect)
    plain = Manifold.batch_boolean([shell, every_other], OpType.Subtract)
    a.add(plain.translate((0, 0, rim_z)), "canopy", CANOPIES)
    a.add(striped.translate((0, 0, rim_z)), "stripe", STRIPES, Tier.SECONDARY)
    # the lines: from the rim's seams down to the risers at the harness
    meet = (0.0, 0.0, hang)
    for k in range(gores):
        turn = 2 * math.pi * k / gores
        rim = (radius * 0.97 * math.cos(turn), radius * 0.97 * math.sin(turn), rim_z + 0.02)
        a.add(rod(rim, meet, 0.02, 6), "line", LINE, Tier.FIXED)
    if hang < 1.0:
        a.add(box((0.7, 0.7, 0.6), (0, 0, hang - 0.3)), "crate", CRATE, Tier.FIXED)
        for sx in (-1, 1):
            a.add(
                box((0.05, 0.72, 0.62), (sx * 0.2, 0, hang - 0.3)), "crate", FRAME_DARK, Tier.FIXED
            )
        return
    first = len(a.parts)
    f = build_figure(a, Outfit(top=SPORTY, bottom=SPORTY, shoes=BLACK, hair=None, pose="wave"))
    # the skydiver hangs so that the risers meet above the shoulders
    lift = hang - f.shoulder_z - 0.25
    a.parts[first:] = [
        replace(part, solid=part.solid.translate((0, 0, lift))) for part in a.parts[first:]
    ]
    for side in (-1, 1):
        shoulder = (side * 0.18, 0.0, f.shoulder_z + lift)
        a.add(rod(shoulder, meet, 0.02, 6), "line", LINE, Tier.FIXED)
    a.add(
        box((0.36, 0.12, 0.45), (0, 0.15, f.shoulder_z + lift - 0.2)), "harness", BLACK, Tier.FIXED
    )
    a.add(box((0.2, 0.1, 0.1), (0, 0.0, hang - 0.02)), "harness", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "parachute",
    build_parachute,
    8.0,
    description="an open parachute, a big dome canopy with lines down to a skydiver hanging below",
    synonyms=("parachutes", "chute", "skydiver", "parachutist", "sky diver"),
    kinds=("cargo parachute", "round parachute"),
    not_claimed=("parachute pants",),
    parts=(*FIGURE_PARTS, "canopy", "stripe", "line", "crate", "harness"),
    aliases={
        **FIGURE_ALIASES,
        "lines": "line",
        "cords": "line",
        "strings": "line",
        "stripes": "stripe",
        "pack": "harness",
        "cargo": "crate",
        "box": "crate",
    },
)
