"""An open rowing boat with thwarts; a sailboat when asked (or by seed)."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, prism, rod, side_prism, sphere, subtract

HULLS: tuple[RGB, ...] = (
    (240, 240, 235),
    (180, 40, 40),
    (40, 80, 150),
    (150, 100, 60),
    (40, 110, 90),
)


WOOD: RGB = (170, 120, 70)


SAILCLOTH: RGB = (248, 246, 238)


def _boat_outline(length: float, beam: float, samples: int = 16) -> list[tuple[float, float]]:
    """Plan view (x, y) of a hull: pointed bow at -Y, squared transom at +Y."""
    right = []
    for u in np.linspace(0.0, 1.0, samples):
        half = beam / 2 * math.sin(min(u / 0.6, 1.0) * math.pi / 2) ** 0.7
        half *= 1 - 0.15 * max(0.0, (u - 0.7) / 0.3)
        right.append((max(half, 1e-3), -length / 2 + u * length))
    return right + [(-x, y) for x, y in reversed(right)]


def build_boat(a: Assembly) -> None:
    """An open rowing boat with thwarts; a sailboat when asked (or by seed)."""
    length, beam, depth = a.vary(4.0, 0.12), a.vary(1.5, 0.1), a.vary(0.7, 0.1)
    wall = 0.05
    deck, keel = _boat_outline(length, beam), _boat_outline(length * 0.85, beam * 0.25)
    outer = Manifold.batch_hull(
        [
            prism(deck, 0.02, (0, 0, depth - 0.02)),
            prism(keel, 0.02, (0, length * 0.05, 0)),
            sphere(0.03, 8, (0, -length / 2, depth + 0.12)),
        ]
    )
    inner_deck = _boat_outline(length - 3 * wall, beam - 2 * wall)
    inner = Manifold.batch_hull(
        [
            prism(inner_deck, 1.0, (0, 0, depth - 0.02)),
            prism(_boat_outline(length * 0.8, beam * 0.2), 0.02, (0, length * 0.05, wall)),
        ]
    )
    color = a.pick(HULLS)
    a.add(subtract(outer, inner), "hull", color)
    for y in (-0.12 * length, 0.18 * length):
        seat = Manifold.batch_boolean(
            [box((beam, 0.25, 0.04), (0, y, depth * 0.72)), outer], OpType.Intersect
        )
        a.add(seat, "seat", WOOD, Tier.FIXED)
    sailing = a.mentions("sail", "sailboat", "sailing", "yacht", "sloop") or (
        not a.mentions("rowboat", "canoe", "dinghy") and a.chance(0.5)
    )
    if sailing and a.wants("sail"):
        mast_y, mast_h = -0.15 * length, length * a.vary(1.0, 0.1)
        a.add(rod((0, mast_y, 0.02), (0, mast_y, mast_h), 0.045, 12), "mast", WOOD, Tier.FIXED)
        sail = [
            (mast_y + 0.03, depth + 0.35),
            (mast_y + 0.5 * length, depth + 0.35),
            (mast_y + 0.03, mast_h * 0.95),
        ]
        a.add(side_prism(sail, 0.02), "sail", SAILCLOTH, Tier.SECONDARY)
        a.add(
            rod((0, mast_y, depth + 0.3), (0, mast_y + 0.52 * length, depth + 0.3), 0.035, 12),
            "mast",
            WOOD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "boat",
    build_boat,
    1.0,
    description="a vessel that floats and travels on water",
    synonyms=(
        "sailboat",
        "rowboat",
        "yacht",
        "dinghy",
        "canoe",
        "ship",
        "sailing boat",
        "fishing boat",
    ),
    kinds=(
        "speedboat",
        "motorboat",
        "gondola",
        "catamaran",
        "trimaran",
        "raft",
        "barge",
        "ferry",
        "schooner",
        "frigate",
        "battleship",
        "warship",
        "cruise ship",
        "ocean liner",
        "steamboat",
        "paddle steamer",
        "houseboat",
        "sampan",
        "dhow",
        "longboat",
        "viking ship",
        "lifeboat",
        "trawler",
        "aircraft carrier",
        "tug boat",
        "pedalo",
        "riverboat",
        "paddle boat",
        "pontoon boat",
        "sailing yacht",
        "junk boat",
        "row boat",
        "fishing vessel",
    ),
    parts=("hull", "seat", "sail", "mast"),
    aliases={"bench": "seat", "thwart": "seat", "boom": "mast"},
)
