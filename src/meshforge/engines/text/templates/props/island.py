"""An island: a mound of sand or a rock mass in a disc of sea, with a palm tree or two."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.landscape import lump, palm_tree
from meshforge.engines.text.kit.solids import box, cylinder, dome, subtract

SAND: tuple[RGB, ...] = ((230, 210, 160), (240, 220, 175), (220, 195, 145))
ROCKS: tuple[RGB, ...] = ((130, 125, 118), (110, 105, 100), (150, 140, 125))
GRASS: tuple[RGB, ...] = ((90, 150, 70), (70, 130, 60))
SEA: tuple[RGB, ...] = ((40, 130, 190), (50, 160, 200), (30, 110, 170))


def build_island(a: Assembly) -> None:
    """An island: a mound of sand or a rock mass in a disc of sea, with a palm tree or two."""
    rocky = a.mentions("rocky", "rock", "stone", "cliff", "volcanic") or (
        not a.mentions("desert", "tropical", "sandy", "beach", "deserted") and a.chance(0.3)
    )
    radius = a.vary(5.0, 0.12)
    sea_level = 0.3
    if a.wants("sea"):
        sea = cylinder(radius * 1.6, sea_level, a.segments(radius * 1.6))
        a.add(sea, "sea", SEA, Tier.SECONDARY)
    radii = (radius, radius * a.between(0.75, 0.95), radius * 0.22)
    beach = dome(radii, a.segments(radius))
    a.add(beach.translate((0, 0, sea_level - 0.2)), "sand", SAND, Tier.PRIMARY)

    def ground(x: float, y: float) -> tuple[float, float, float]:
        """A point a little under the sand's surface at (x, y), where a trunk is rooted."""
        inside = max(0.0, 1.0 - (x / radii[0]) ** 2 - (y / radii[1]) ** 2)
        return (x, y, sea_level - 0.2 + radii[2] * math.sqrt(inside) - 0.25)

    palm_spots: list[tuple[float, float, float]] = []
    if rocky:
        height = a.vary(3.8, 0.2)
        mass = lump(a, (radius * 0.7, radius * 0.55, height), 22, (radius * 0.15, 0, sea_level))
        mass = subtract(mass, box((radius * 4, radius * 4, 10), (0, 0, sea_level - 5.0)))
        a.add(mass, "rock", ROCKS, Tier.SECONDARY)
        for _ in range(a.pick((2, 3))):
            turn = a.between(0, 2 * math.pi)
            spot = (radius * 0.65 * math.cos(turn), radius * 0.55 * math.sin(turn), sea_level)
            stone = lump(a, (0.7, 0.6, 0.6), 14, spot)
            a.add(stone, "rock", ROCKS, Tier.SECONDARY)
        # one palm on the shelf of sand beside the rock
        palm_spots.append(ground(-radius * 0.6, -radius * 0.1))
    else:
        if a.maybe("grass", 0.5, "tropical"):
            patch = dome((radius * 0.45, radius * 0.38, radius * 0.16), a.segments(radius))
            a.add(
                patch.translate((radius * 0.05, 0, sea_level - 0.5 + radii[2])),
                "grass",
                GRASS,
                Tier.FIXED,
            )
        palm_spots.append(ground(radius * 0.1, 0.0))
        if a.chance(0.55):
            palm_spots.append(ground(-radius * 0.3, radius * 0.2))
    palms = a.count("palm", len(palm_spots), 0, 3) if a.wants("palm") else 0
    while len(palm_spots) < palms:
        palm_spots.append(ground(radius * 0.3, -radius * 0.25))
    for k, spot in enumerate(palm_spots[:palms]):
        palm_tree(a, spot, a.vary(4.8, 0.12) * (0.8 if k else 1.0), a.between(0, 360))


TEMPLATE = Template(
    "island",
    build_island,
    6.0,
    description="a small island in the sea: a sandy mound or a rock with a palm tree",
    synonyms=("desert island", "rocky island", "tropical island", "deserted island"),
    kinds=(
        "islet",
        "atoll",
        "sandbar",
        "isle",
        "castaway island",
        "palm island",
        "treasure island",
    ),
    not_claimed=("kitchen island", "traffic island"),
    parts=("sea", "sand", "rock", "grass", "palm", "trunk", "leaf", "coconut"),
    aliases={
        "water": "sea",
        "ocean": "sea",
        "beach": "sand",
        "palm tree": "palm",
        "tree": "palm",
        "frond": "leaf",
        "leaves": "leaf",
        "stone": "rock",
    },
)
