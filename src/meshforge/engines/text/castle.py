"""Fortification templates: tower, castle."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    around_z,
    box,
    cylinder,
    rod,
    side_prism,
    union,
)

STONES: tuple[RGB, ...] = ((160, 158, 150), (185, 175, 155), (130, 128, 125))


SPIRES: tuple[RGB, ...] = ((60, 80, 150), (160, 40, 40), (60, 60, 70))


DOOR: RGB = (110, 65, 35)


SLIT: RGB = (35, 35, 40)


def _battlements(
    a: Assembly, radius: float, top: float, stone: RGB, at: tuple[float, float]
) -> None:
    """A parapet ring with merlons around the top of a round tower standing at ``at``."""
    parapet = cylinder(radius * 1.12, 0.6, a.segments(radius), (0, 0, top))
    count = max(6, round(radius * 4))
    merlons = around_z(box((0.5, 0.35, 0.6), (radius * 1.12 - 0.18, 0, top + 0.9)), count)
    a.add(union([parapet, merlons]).translate((at[0], at[1], 0)), "tower", stone)


def _tower(
    a: Assembly,
    radius: float,
    height: float,
    stone: RGB,
    at: tuple[float, float],
    pointed: bool,
    spire: RGB,
) -> None:
    """One round tower with a parapet, or a conical roof when ``pointed``."""
    x, y = at
    a.add(cylinder(radius, height, a.segments(radius), (x, y, 0)), "tower", stone)
    if pointed and a.wants("roof"):
        cone = cylinder(radius * 1.2, radius * 2.4, a.segments(radius), (x, y, height), 0.0)
        a.add(cone, "roof", spire, Tier.SECONDARY)
    else:
        _battlements(a, radius, height, stone, at)


def build_tower(a: Assembly) -> None:
    """A round stone tower with slit windows, a door and battlements or a spire."""
    radius, height = a.vary(2.2, 0.15), a.vary(11.0, 0.15)
    stone = a.pick(STONES)
    pointed = a.mentions("spire", "roof", "pointed") or a.chance(0.5)
    _tower(a, radius, height, stone, (0.0, 0.0), pointed, a.pick(SPIRES))
    if a.wants("door"):
        a.add(box((1.2, 0.6, 2.0), (0, -radius + 0.2, 1.0)), "door", DOOR, Tier.FIXED)
        a.add(
            rod((0, -radius - 0.08, 2.0), (0, -radius + 0.4, 2.0), 0.6, a.segments(0.6)),
            "door",
            DOOR,
            Tier.FIXED,
        )
    for level in range(1, int(height // 3)):
        angle = level * 1.3
        x, y = radius * math.sin(angle) * 0.98, -radius * math.cos(angle) * 0.98
        slit = (
            box((0.3, 0.3, 1.0)).rotate((0, 0, math.degrees(angle))).translate((x, y, level * 3.0))
        )
        a.add(slit, "window", SLIT, Tier.FIXED)
    if a.maybe("flag", 0.4):
        top = height + (radius * 2.4 if pointed else 0.6)
        a.add(rod((0, 0, top - 0.5), (0, 0, top + 2.2), 0.05, 8), "flag", (90, 90, 90), Tier.FIXED)
        cloth = side_prism([(0.0, top + 1.4), (1.4, top + 1.75), (0.0, top + 2.1)], 0.04)
        a.add(cloth.rotate((0, 0, 90)), "flag", (200, 30, 30), Tier.SECONDARY)


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
            _tower(a, radius, tower_h, stone, (sx * half, sy * half), pointed, spire)
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


TEMPLATES = (
    Template(
        "tower",
        build_tower,
        12.0,
        synonyms=("turret", "watchtower", "keep", "tower house"),
        parts=("tower", "roof", "door", "window", "flag"),
        aliases={"spire": "roof", "wall": "tower", "banner": "flag"},
    ),
    Template(
        "castle",
        build_castle,
        12.0,
        synonyms=("fortress", "fort", "palace", "citadel", "stronghold"),
        parts=("wall", "tower", "roof", "gate", "keep", "flag"),
        aliases={"spire": "roof", "door": "gate", "turret": "tower", "banner": "flag"},
    ),
)
