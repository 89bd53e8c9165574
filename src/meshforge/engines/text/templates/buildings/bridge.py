"""A bridge: a stone arch bridge with parapets, or a suspension bridge with towers and cables."""

from __future__ import annotations

from itertools import pairwise

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import box, rod, subtract

ROAD: RGB = (70, 70, 75)
STEELS: tuple[RGB, ...] = ((200, 70, 45), (200, 200, 205), (60, 90, 140))


def build_bridge(a: Assembly) -> None:
    """A stone arch bridge with parapets, or a suspension bridge with towers and cables."""
    if a.mentions("suspension", "golden gate", "cable", "steel") or a.chance(0.35):
        _suspension(a)
        return
    stone = a.pick(STONES)
    arches = a.count("arch", a.pick((1, 3, 3, 5)), 1, 7)
    span = a.vary(6.0, 0.1)
    length = arches * span
    h, width = span * a.between(0.55, 0.7), a.vary(4.0, 0.08)
    deck = box((width, length + span * 0.6, h + 0.6), (0, 0, (h + 0.6) / 2))
    holes = []
    for k in range(arches):
        y = -length / 2 + span * (k + 0.5)
        radius = span * 0.4
        holes.append(
            rod(
                (-width, y, h - radius - 0.2),
                (width, y, h - radius - 0.2),
                radius,
                a.segments(radius),
            )
        )
        holes.append(
            box(
                (width * 2, radius * 2, h - radius - 0.2 + 0.01),
                (0, y, (h - radius - 0.2) / 2 - 0.005),
            )
        )
    a.add(subtract(deck, *holes), "stone", stone)
    for sx in (-1, 1):
        a.add(
            box((0.35, length + span * 0.6, 0.8), (sx * (width / 2 - 0.175), 0, h + 1.0)),
            "parapet",
            stone,
        )
    a.add(box((width - 0.7, length + span * 0.6, 0.05), (0, 0, h + 0.62)), "road", ROAD, Tier.FIXED)


def _suspension(a: Assembly) -> None:
    """Two tall towers, a deck between them and cables hanging in catenaries with hangers."""
    steel = a.pick(STEELS)
    span = a.vary(40.0, 0.1)
    tower_h, width = span * a.between(0.45, 0.55), a.vary(6.0, 0.08)
    deck_z = tower_h * 0.35
    total = span * 1.8
    a.add(box((width, total, 1.0), (0, 0, deck_z)), "road", steel)
    a.add(box((width - 1.0, total, 0.1), (0, 0, deck_z + 0.55)), "road", ROAD, Tier.FIXED)
    for ty in (-span / 2, span / 2):
        for sx in (-1, 1):
            a.add(
                box((1.0, 1.4, tower_h), (sx * (width / 2 + 0.2), ty, tower_h / 2)), "tower", steel
            )
        for z in (deck_z + 2.0, tower_h * 0.75, tower_h - 0.5):
            a.add(box((width + 1.4, 1.0, 1.0), (0, ty, z)), "tower", steel)
    for sx in (-1, 1):
        x = sx * (width / 2 + 0.2)
        points = []
        for k in range(13):
            t = k / 12
            y = -span / 2 + span * t
            sag = (1 - (2 * t - 1) ** 2) * (tower_h - deck_z - 3.0)
            points.append((x, y, tower_h - 0.3 - sag))
        for p0, p1 in pairwise(points):
            a.add(rod(p0, p1, 0.25, 8), "cable", steel)
        for p in points[1:-1]:
            a.add(rod((x, p[1], deck_z), p, 0.08, 6), "cable", steel)
        for end in (-1, 1):
            anchor = (x, end * total / 2 * 0.98, deck_z)
            a.add(rod((x, end * span / 2, tower_h - 0.3), anchor, 0.25, 8), "cable", steel)


TEMPLATE = Template(
    "bridge",
    build_bridge,
    8.0,
    description="a bridge over a river: a stone arch bridge, or a suspension bridge with cables",
    synonyms=(
        "stone bridge",
        "arch bridge",
        "suspension bridge",
        "footbridge",
        "viaduct",
        "aqueduct",
    ),
    kinds=("golden gate bridge", "roman bridge", "covered bridge"),
    not_claimed=("bridge of the nose", "dental bridge", "card game bridge"),
    parts=("stone", "parapet", "road", "tower", "cable", "arch"),
    aliases={
        "deck": "road",
        "wall": "parapet",
        "railing": "parapet",
        "pillar": "tower",
    },
)
