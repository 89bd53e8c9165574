"""A house: walls, a gable, hip or flat roof, a door, windows on every side, a chimney."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR
from meshforge.engines.text.kit.solids import box, side_prism, sphere

WALLS: tuple[RGB, ...] = (
    (240, 232, 210),
    (250, 250, 245),
    (245, 225, 150),
    (180, 80, 60),
    (170, 200, 220),
)


ROOFS: tuple[RGB, ...] = ((150, 50, 40), (70, 70, 80), (110, 75, 50), (60, 80, 110))


GLASS: RGB = (150, 200, 230)


FRAME: RGB = (250, 250, 250)


BRICK: RGB = (150, 70, 55)


def _window(
    a: Assembly, center: tuple[float, float, float], facing: str, size: tuple[float, float]
) -> None:
    """A framed window with a cross bar on the wall through ``center``; ``facing`` is x or y."""
    width, height = size
    layers = (
        (width + 0.2, 0.08, height + 0.2, "frame", FRAME),
        (width, 0.1, height, "window", GLASS),
    )
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
        a.add(
            box((width + 0.3, depth + 0.3, 0.3), (0, 0, walls_h + 0.15)),
            "roof",
            roof_color,
            Tier.SECONDARY,
        )
        rise = 0.3
    elif roof_style == "gable":
        gable = [
            (-depth / 2 - eave, walls_h - 0.1),
            (depth / 2 + eave, walls_h - 0.1),
            (0.0, walls_h + rise),
        ]
        a.add(side_prism(gable, width + 2 * eave), "roof", roof_color, Tier.SECONDARY)
    else:
        base = box((width + 2 * eave, depth + 2 * eave, 0.1), (0, 0, walls_h - 0.05))
        ridge = box((max(0.1, width - depth), 0.1, 0.1), (0, 0, walls_h + rise - 0.05))
        a.add(Manifold.batch_hull([base, ridge]), "roof", roof_color, Tier.SECONDARY)
    if a.wants("chimney") and roof_style != "flat":
        x, y = width * a.between(-0.3, 0.3), depth * 0.22
        top = walls_h + rise + 0.6
        a.add(
            box((0.7, 0.7, top - walls_h), (x, y, (top + walls_h) / 2)),
            "chimney",
            BRICK,
            Tier.FIXED,
        )
    if a.wants("door"):
        door_x = width * a.pick((-0.2, 0.0, 0.2))
        a.add(box((1.0, 0.12, 2.1), (door_x, -depth / 2, 1.05)), "door", DOOR, Tier.FIXED)
        a.add(
            sphere(0.06, 8, (door_x + 0.35, -depth / 2 - 0.08, 1.0)),
            "door",
            (220, 180, 60),
            Tier.FIXED,
        )
    else:
        door_x = width
    if a.wants("window"):
        _house_windows(a, width, depth, floors, storey, door_x)


def _house_windows(
    a: Assembly, width: float, depth: float, floors: int, storey: float, door_x: float
) -> None:
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


TEMPLATE = Template(
    "house",
    build_house,
    6.0,
    description="a building where people live",
    synonyms=("home", "cottage", "cabin", "hut", "bungalow", "villa", "building"),
    kinds=(
        "townhouse",
        "chalet",
        "shack",
        "manor",
        "lodge",
        "ranch house",
        "treehouse",
        "homestead",
        "duplex",
        "hovel",
        "beach house",
        "tiny house",
        "family home",
        "country cottage",
        "two storey house",
        "thatched cottage",
        "gingerbread house",
    ),
    parts=("wall", "roof", "door", "window", "frame", "chimney", "floor"),
    aliases={"story": "floor", "storey": "floor", "level": "floor", "glass": "window"},
)
