"""Building templates: house, tower, castle, lighthouse."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    around_z,
    box,
    cylinder,
    rod,
    side_prism,
    sphere,
    union,
)

WALLS: tuple[RGB, ...] = ((240, 232, 210), (250, 250, 245), (245, 225, 150), (180, 80, 60), (170, 200, 220))
ROOFS: tuple[RGB, ...] = ((150, 50, 40), (70, 70, 80), (110, 75, 50), (60, 80, 110))
STONES: tuple[RGB, ...] = ((160, 158, 150), (185, 175, 155), (130, 128, 125))
SPIRES: tuple[RGB, ...] = ((60, 80, 150), (160, 40, 40), (60, 60, 70))
DOOR: RGB = (110, 65, 35)
GLASS: RGB = (150, 200, 230)
FRAME: RGB = (250, 250, 250)
SLIT: RGB = (35, 35, 40)
BRICK: RGB = (150, 70, 55)


def _window(a: Assembly, center: tuple[float, float, float], facing: str, size: tuple[float, float]) -> None:
    """A framed window with a cross bar on the wall through ``center``; ``facing`` is x or y."""
    width, height = size
    layers = ((width + 0.2, 0.08, height + 0.2, "frame", FRAME), (width, 0.1, height, "window", GLASS))
    for w, d, h, role, color in layers:
        dims = (w, d, h) if facing == "y" else (d, w, h)
        a.add(box(dims, center), role, color, Tier.FIXED)
    bars = ((0.08, 0.14, height), (width, 0.14, 0.08))
    for w, d, h in bars:
        dims = (w, d, h) if facing == "y" else (d, w, h)
        a.add(box(dims, center), "frame", FRAME, Tier.FIXED)


def build_house(a: Assembly) -> None:
    """A house: walls, a gable, hip or flat roof, a door, windows on every side, a chimney."""
    floors = a.count("floor", a.pick((1, 1, 2)), 1, 4)
    storey = a.vary(2.8, 0.05)
    width, depth = a.vary(8.0, 0.15), a.vary(7.0, 0.12)
    walls_h = floors * storey
    a.add(box((width, depth, walls_h), (0, 0, walls_h / 2)), "wall", a.pick(WALLS))
    roof_style = a.pick(("gable", "gable", "hip", "flat"))
    rise = depth * a.vary(0.35, 0.2)
    eave = 0.4
    roof_color = a.pick(ROOFS)
    if roof_style == "flat":
        a.add(box((width + 0.3, depth + 0.3, 0.3), (0, 0, walls_h + 0.15)), "roof", roof_color, Tier.SECONDARY)
        rise = 0.3
    elif roof_style == "gable":
        gable = [(-depth / 2 - eave, walls_h - 0.1), (depth / 2 + eave, walls_h - 0.1), (0.0, walls_h + rise)]
        a.add(side_prism(gable, width + 2 * eave), "roof", roof_color, Tier.SECONDARY)
    else:
        base = box((width + 2 * eave, depth + 2 * eave, 0.1), (0, 0, walls_h - 0.05))
        ridge = box((max(0.1, width - depth), 0.1, 0.1), (0, 0, walls_h + rise - 0.05))
        a.add(Manifold.batch_hull([base, ridge]), "roof", roof_color, Tier.SECONDARY)
    if a.wants("chimney") and roof_style != "flat":
        x, y = width * a.between(-0.3, 0.3), depth * 0.22
        top = walls_h + rise + 0.6
        a.add(box((0.7, 0.7, top - walls_h), (x, y, (top + walls_h) / 2)), "chimney", BRICK, Tier.FIXED)
    if a.wants("door"):
        door_x = width * a.pick((-0.2, 0.0, 0.2))
        a.add(box((1.0, 0.12, 2.1), (door_x, -depth / 2, 1.05)), "door", DOOR, Tier.FIXED)
        a.add(sphere(0.06, 8, (door_x + 0.35, -depth / 2 - 0.08, 1.0)), "door", (220, 180, 60), Tier.FIXED)
    else:
        door_x = width
    if a.wants("window"):
        _house_windows(a, width, depth, floors, storey, door_x)


def _house_windows(a: Assembly, width: float, depth: float, floors: int, storey: float,
                   door_x: float) -> None:
    """Windows on all four walls, skipping the door's place on the ground floor."""
    size = (a.vary(1.1, 0.1), a.vary(1.2, 0.1))
    for floor in range(floors):
        z = floor * storey + storey * 0.55
        for x in (-width * 0.32, 0.0, width * 0.32):
            if floor == 0 and abs(x - door_x) < 1.4:
                continue
            _window(a, (x, -depth / 2, z), "y", size)
            _window(a, (x, depth / 2, z), "y", size)
        for y in (-depth * 0.22, depth * 0.22):
            for sx in (-1, 1):
                _window(a, (sx * width / 2, y, z), "x", size)


def _battlements(a: Assembly, radius: float, top: float, stone: RGB, at: tuple[float, float]) -> None:
    """A parapet ring with merlons around the top of a round tower standing at ``at``."""
    parapet = cylinder(radius * 1.12, 0.6, a.segments(radius), (0, 0, top))
    count = max(6, round(radius * 4))
    merlons = around_z(box((0.5, 0.35, 0.6), (radius * 1.12 - 0.18, 0, top + 0.9)), count)
    a.add(union([parapet, merlons]).translate((at[0], at[1], 0)), "tower", stone)


def _tower(a: Assembly, radius: float, height: float, stone: RGB, at: tuple[float, float],
           pointed: bool, spire: RGB) -> None:
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
        a.add(rod((0, -radius - 0.08, 2.0), (0, -radius + 0.4, 2.0), 0.6, a.segments(0.6)), "door", DOOR, Tier.FIXED)
    for level in range(1, int(height // 3)):
        angle = level * 1.3
        x, y = radius * math.sin(angle) * 0.98, -radius * math.cos(angle) * 0.98
        slit = box((0.3, 0.3, 1.0)).rotate((0, 0, math.degrees(angle))).translate((x, y, level * 3.0))
        a.add(slit, "window", SLIT, Tier.FIXED)
    if a.wants("flag") and (a.mentions("flag") or a.chance(0.4)):
        top = height + (radius * 2.4 if pointed else 0.6)
        a.add(rod((0, 0, top - 0.5), (0, 0, top + 2.2), 0.05, 8), "flag", (90, 90, 90), Tier.FIXED)
        cloth = side_prism([(0.0, top + 1.4), (1.4, top + 1.75), (0.0, top + 2.1)], 0.04)
        a.add(cloth.rotate((0, 0, 90)), "flag", (200, 30, 30), Tier.SECONDARY)


def _merlons_along(a: Assembly, start: tuple[float, float], end: tuple[float, float], top: float,
                   stone: RGB) -> None:
    """A row of merlons on a straight wall top from ``start`` to ``end``."""
    length = math.dist(start, end)
    count = max(2, int(length / 1.2))
    angle = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    row = union([box((0.6, 0.5, 0.7), (-length / 2 + (i + 0.5) * length / count, 0, top + 0.35))
                 for i in range(count)])
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
    for (x0, y0), (x1, y1) in (((-half, -half), (half, -half)), ((half, -half), (half, half)),
                               ((half, half), (-half, half)), ((-half, half), (-half, -half))):
        size = (abs(x1 - x0) + thick, abs(y1 - y0) + thick, wall_h)
        a.add(box(size, ((x0 + x1) / 2, (y0 + y1) / 2, wall_h / 2)), "wall", stone)
        nx, ny = (y1 - y0) / side, -(x1 - x0) / side  # outward normal
        shift = (nx * thick * 0.35, ny * thick * 0.35)
        _merlons_along(a, (x0 + shift[0], y0 + shift[1]), (x1 + shift[0], y1 + shift[1]), wall_h, stone)
    if a.wants("gate"):
        a.add(box((3.0, thick + 0.2, 3.2), (0, -half, 1.6)), "gate", DOOR, Tier.FIXED)
        a.add(rod((0, -half - thick / 2 - 0.1, 3.2), (0, -half + thick / 2 + 0.1, 3.2), 1.5,
                  a.segments(1.5)), "gate", DOOR, Tier.FIXED)
    if a.wants("keep") and a.chance(0.7):
        keep_h = tower_h + a.vary(3.0, 0.3)
        keep = a.vary(6.0, 0.1)
        a.add(box((keep, keep, keep_h), (0, half * 0.2, keep_h / 2)), "keep", stone)
        for (x0, y0), (x1, y1) in (((-1, -1), (1, -1)), ((1, -1), (1, 1)), ((1, 1), (-1, 1)), ((-1, 1), (-1, -1))):
            k = keep / 2 - 0.25
            _merlons_along(a, (x0 * k, y0 * k + half * 0.2), (x1 * k, y1 * k + half * 0.2), keep_h, stone)
        if a.wants("flag"):
            a.add(rod((0, half * 0.2, keep_h - 0.5), (0, half * 0.2, keep_h + 3.0), 0.07, 8), "flag",
                  (90, 90, 90), Tier.FIXED)
            cloth = side_prism([(0.0, keep_h + 2.0), (1.8, keep_h + 2.4), (0.0, keep_h + 2.9)], 0.05)
            a.add(cloth.rotate((0, 0, 90)).translate((0, half * 0.2, 0)), "flag", (200, 30, 30), Tier.SECONDARY)


def build_lighthouse(a: Assembly) -> None:
    """A tapering striped tower with a gallery, a lantern room and a domed cap."""
    height, base_r = a.vary(12.0, 0.12), a.vary(2.0, 0.1)
    top_r = base_r * a.vary(0.65, 0.1)
    white, red = (245, 245, 240), a.pick(((200, 40, 40), (30, 60, 140), (20, 20, 25)))
    a.add(cylinder(base_r, height, a.segments(base_r), (0, 0, 0), top_r), "tower", white)
    bands = a.pick((3, 4))
    for i in range(bands):
        z0 = height * (2 * i + 1) / (2 * bands + 1)
        z1 = height * (2 * i + 2) / (2 * bands + 1)
        r0 = base_r + (top_r - base_r) * z0 / height + 0.03
        r1 = base_r + (top_r - base_r) * z1 / height + 0.03
        a.add(cylinder(r0, z1 - z0, a.segments(base_r), (0, 0, z0), r1), "stripe", red, Tier.SECONDARY)
    a.add(cylinder(top_r * 1.45, 0.35, a.segments(top_r), (0, 0, height)), "gallery", (50, 50, 55), Tier.FIXED)
    a.add(cylinder(top_r * 0.75, 1.8, a.segments(top_r), (0, 0, height + 0.3)), "lantern", (255, 240, 170),
          Tier.FIXED)
    a.add(cylinder(top_r * 0.95, top_r * 0.9, a.segments(top_r), (0, 0, height + 2.05), 0.05), "cap", red,
          Tier.SECONDARY)
    a.add(sphere(0.2, 12, (0, 0, height + 2.05 + top_r * 0.9)), "cap", red, Tier.SECONDARY)
    if a.wants("door"):
        a.add(box((1.0, 0.5, 2.0), (0, -base_r + 0.15, 1.0)), "door", DOOR, Tier.FIXED)


TEMPLATES = (
    Template("house", build_house, 6.0,
             synonyms=("home", "cottage", "cabin", "hut", "bungalow", "villa", "building"),
             parts=("wall", "roof", "door", "window", "frame", "chimney", "floor"),
             aliases={"story": "floor", "storey": "floor", "level": "floor", "glass": "window"}),
    Template("tower", build_tower, 12.0,
             synonyms=("turret", "watchtower", "keep", "tower house"),
             parts=("tower", "roof", "door", "window", "flag"),
             aliases={"spire": "roof", "wall": "tower", "banner": "flag"}),
    Template("castle", build_castle, 12.0,
             synonyms=("fortress", "fort", "palace", "citadel", "stronghold"),
             parts=("wall", "tower", "roof", "gate", "keep", "flag"),
             aliases={"spire": "roof", "door": "gate", "turret": "tower", "banner": "flag"}),
    Template("lighthouse", build_lighthouse, 14.0, synonyms=("light house", "beacon"),
             parts=("tower", "stripe", "gallery", "lantern", "cap", "door"),
             aliases={"band": "stripe", "light": "lantern", "lamp": "lantern", "roof": "cap", "balcony": "gallery"}),
)
