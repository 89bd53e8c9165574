"""Four corner towers joined by battlemented walls, a gate at the front, often a keep."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR, SPIRES, STONES, round_tower
from meshforge.engines.text.kit.solids import box, rod, side_prism, union


def _merlons_along(
    a: Assembly, start: tuple[float, float], end: tuple[float, float], top: float, stone: RGB
) -> None:
    """A row of merlons on a straight wall top from ``start`` to ``end``."""
    length = math.dist(start, end)
    count = max(2, int(length / 1.2))
    angle = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    row = union(
        [
            box((0.6, 0.5, 0.7), (-length / 2 + (i + 0.5) * length / count, 0, top + 0.35))
            for i in range(count)
        ]
    )
    mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    a.add(row.rotate((0, 0, angle)).translate((mid[0], mid[1], 0)), "wall", stone)


def build_castle(a: Assembly) -> None:
    """Four corner towers joined by battlemented walls, a gate at the front, often a keep."""
    side, wall_h, thick = a.vary(16.0, 0.12), a.vary(6.0, 0.12), 1.4
    stone, spire = a.pick(STONES), a.pick(SPIRES)
    pointed = a.mentions("spire", "pointed", "fairy", "princess") or a.chance(0.5)
    half = side / 2
    radius = a.vary(2.3, 0.1)
    tower_h = wall_h + a.vary(3.5, 0.2)
    for sx in (-1, 1):
        for sy in (-1, 1):
            round_tower(a, radius, tower_h, stone, (sx * half, sy * half), pointed, spire)
    for (x0, y0), (x1, y1) in (
        ((-half, -half), (half, -half)),
        ((half, -half), (half, half)),
        ((half, half), (-half, half)),
        ((-half, half), (-half, -half)),
    ):
        size = (abs(x1 - x0) + thick, abs(y1 - y0) + thick, wall_h)
        a.add(box(size, ((x0 + x1) / 2, (y0 + y1) / 2, wall_h / 2)), "wall", stone)
        nx, ny = (y1 - y0) / side, -(x1 - x0) / side  # outward normal
        shift = (nx * thick * 0.35, ny * thick * 0.35)
        _merlons_along(
            a, (x0 + shift[0], y0 + shift[1]), (x1 + shift[0], y1 + shift[1]), wall_h, stone
        )
    if a.wants("gate"):
        a.add(box((3.0, thick + 0.2, 3.2), (0, -half, 1.6)), "gate", DOOR, Tier.FIXED)
        a.add(
            rod(
                (0, -half - thick / 2 - 0.1, 3.2),
                (0, -half + thick / 2 + 0.1, 3.2),
                1.5,
                a.segments(1.5),
            ),
            "gate",
            DOOR,
            Tier.FIXED,
        )
    if a.maybe("keep", 0.7):
        keep_h = tower_h + a.vary(3.0, 0.3)
        keep = a.vary(6.0, 0.1)
        a.add(box((keep, keep, keep_h), (0, half * 0.2, keep_h / 2)), "keep", stone)
        # a paved courtyard joins the keep to the walls, so the castle is one solid
        a.add(box((side, side, 0.3), (0, 0, 0.15)), "wall", stone)
        for (x0, y0), (x1, y1) in (
            ((-1, -1), (1, -1)),
            ((1, -1), (1, 1)),
            ((1, 1), (-1, 1)),
            ((-1, 1), (-1, -1)),
        ):
            k = keep / 2 - 0.25
            _merlons_along(
                a, (x0 * k, y0 * k + half * 0.2), (x1 * k, y1 * k + half * 0.2), keep_h, stone
            )
        if a.wants("flag"):
            a.add(
                rod((0, half * 0.2, keep_h - 0.5), (0, half * 0.2, keep_h + 3.0), 0.07, 8),
                "flag",
                (90, 90, 90),
                Tier.FIXED,
            )
            cloth = side_prism(
                [(0.0, keep_h + 2.0), (1.8, keep_h + 2.4), (0.0, keep_h + 2.9)], 0.05
            )
            a.add(
                cloth.rotate((0, 0, 90)).translate((0, half * 0.2, 0)),
                "flag",
                (200, 30, 30),
                Tier.SECONDARY,
            )


TEMPLATE = Template(
    "castle",
    build_castle,
    12.0,
    description="a fortified medieval building with walls and towers",
    synonyms=("fortress", "fort", "palace", "citadel", "stronghold"),
    kinds=("chateau", "schloss", "bastion", "alcazar"),
    parts=("wall", "tower", "roof", "gate", "keep", "flag"),
    aliases={"spire": "roof", "door": "gate", "turret": "tower", "banner": "flag"},
)
