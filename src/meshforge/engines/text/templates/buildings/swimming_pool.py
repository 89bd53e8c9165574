"""A swimming pool: a basin of blue water sunk in a paved deck, a ladder and a diving board."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, slab, subtract, union
from meshforge.engines.text.kit.sweeps import tube

DECKS: tuple[RGB, ...] = ((225, 215, 195), (200, 195, 185), (185, 150, 110))
WATER: RGB = (70, 170, 220)
STEEL: RGB = (200, 202, 208)
BOARD: RGB = (240, 240, 235)
LANES: tuple[RGB, ...] = ((230, 60, 50), (250, 200, 40), (40, 90, 200))


def _ladder(a: Assembly, x: float, y: float, deck_h: float, water_z: float) -> None:
    """Two bent grab rails over the edge and rungs down into the water."""
    for dx in (-0.25, 0.25):
        rail = [
            (x + dx, y + 0.25, water_z - 0.25),
            (x + dx, y + 0.25, deck_h),
            (x + dx, y + 0.05, deck_h + 0.6),
            (x + dx, y - 0.3, deck_h + 0.5),
            (x + dx, y - 0.35, deck_h - 0.02),
        ]
        a.add(tube(rail, 0.03, 12), "ladder", STEEL, Tier.FIXED)
    for z in (water_z - 0.1, deck_h - 0.1):
        a.add(rod((x - 0.25, y + 0.25, z), (x + 0.25, y + 0.25, z), 0.025, 8), "ladder", STEEL)


def build_swimming_pool(a: Assembly) -> None:
    """A tiled basin of blue water sunk in a paved deck, a ladder and a diving board."""
    length, width = a.vary(10.0, 0.15), a.vary(5.0, 0.15)
    deck_h, rim = 0.6, a.vary(1.5, 0.2)
    water_z = deck_h - 0.15
    deck = slab((length + 2 * rim, width + 2 * rim, deck_h), 0.3, 16, (0, 0, deck_h / 2))
    basin = slab((length, width, deck_h), 0.2, 16, (0, 0, deck_h / 2 + 0.3))
    a.add(subtract(deck, basin), "deck", DECKS, Tier.SECONDARY)
    water = slab((length + 0.05, width + 0.05, water_z - 0.25), 0.2, 16, (0, 0, water_z - 0.1))
    a.add(water, "water", WATER)
    if a.maybe("lane", 0.4, "lap", "lanes"):
        lanes = a.count("lane", 3, 2, 6)
        for k in range(1, lanes):
            y = -width / 2 + width * k / lanes
            rope = rod((-length / 2, y, water_z), (length / 2, y, water_z), 0.05, 8)
            a.add(rope, "lane", a.pick(LANES), Tier.FIXED)
    if a.wants("ladder"):
        _ladder(a, length * 0.3, -width / 2, deck_h, water_z)
    if a.maybe("diving board", 0.6, "board", "springboard"):
        x0 = -length / 2 - rim * 0.8
        stand = box((0.5, 0.6, 0.5), (x0, 0, deck_h + 0.25))
        plank = box((2.8, 0.5, 0.08), (x0 + 1.3, 0, deck_h + 0.54))
        a.add(union([stand, plank]), "diving board", BOARD, Tier.FIXED)


TEMPLATE = Template(
    "swimming pool",
    build_swimming_pool,
    1.5,
    description="a swimming pool: a rectangle of clear blue water set in a paved deck",
    synonyms=("pool", "outdoor pool", "backyard pool", "lap pool"),
    kinds=("olympic pool", "infinity pool", "public pool"),
    not_claimed=("pool table", "pool cue", "pool noodle", "pool ball", "pool float", "tide pool"),
    parts=("deck", "water", "lane", "ladder", "diving board"),
    aliases={"edge": "deck", "tiles": "deck", "rope": "lane", "springboard": "diving board"},
)
