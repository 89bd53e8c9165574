"""A flower bed: a plank-edged box of soil planted with rows of flowers, or with vegetables."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import blossom, box, ellipsoid, rod, sphere, subtract

TIMBER: tuple[RGB, ...] = ((150, 105, 65), (120, 85, 55), (175, 135, 90), (105, 100, 95))
SOIL: RGB = (70, 48, 32)
LEAVES: RGB = (65, 135, 55)
BLOOMS: tuple[RGB, ...] = (
    (230, 60, 90),
    (250, 200, 40),
    (245, 245, 245),
    (160, 90, 200),
    (250, 130, 50),
    (240, 120, 170),
)
GREENS: tuple[RGB, ...] = ((110, 170, 70), (80, 150, 60))


def build_flower_bed(a: Assembly) -> None:
    """A flower bed: a plank-edged box of soil planted with rows of flowers, or vegetables."""
    length, width = a.vary(1.8, 0.15), a.vary(0.9, 0.12)
    raised = a.mentions("raised", "planter", "box") or a.chance(0.6)
    height = a.vary(0.4, 0.15) if raised else 0.16
    boards = 2 if raised else 1
    board_h = height / boards
    timber = a.pick(TIMBER)
    wall = 0.05
    for k in range(boards):
        z = k * board_h + board_h / 2
        frame = subtract(
            box((length, width, board_h - 0.006), (0, 0, z)),
            box((length - 2 * wall, width - 2 * wall, board_h), (0, 0, z)),
        )
        a.add(frame, "frame", timber)
    a.add(box((length - 0.04, width - 0.04, height - 0.006), (0, 0, height / 2)), "frame", timber)
    for sx in (-1, 1):
        for sy in (-1, 1):
            post = box(
                (0.07, 0.07, height + 0.04),
                (sx * (length / 2 - 0.02), sy * (width / 2 - 0.02), (height + 0.04) / 2),
            )
            a.add(post, "post", timber)
    soil_top = height - 0.03
    soil = box((length - 2 * wall, width - 2 * wall, 0.03), (0, 0, soil_top - 0.015))
    a.add(soil, "soil", SOIL, Tier.FIXED)
    vegetables = a.mentions("vegetable", "vegetables", "veggie", "herb", "herbs", "lettuce")
    cols = max(3, round(length / 0.2))
    rows = max(2, round(width / 0.2))
    colors = [a.pick(BLOOMS) for _ in range(a.pick((1, 2, 3)))]
    for i in range(cols):
        for j in range(rows):
            x = (i - (cols - 1) / 2) * (length - 0.2) / cols + a.between(-0.03, 0.03)
            y = (j - (rows - 1) / 2) * (width - 0.2) / rows + a.between(-0.03, 0.03)
            if vegetables:
                _lettuce(a, x, y, soil_top)
            else:
                _flower(a, x, y, soil_top, colors[(i + j) % len(colors)])


def _flower(a: Assembly, x: float, y: float, ground: float, color: RGB) -> None:
    """A leafy tuft with one upturned bloom on a short stem."""
    stem_h = a.vary(0.16, 0.3)
    a.add(ellipsoid((0.1, 0.09, 0.07), 10, (x, y, ground + 0.02)), "leaf", LEAVES, Tier.FIXED)
    a.add(rod((x, y, ground), (x, y, ground + stem_h), 0.008, 6), "stem", LEAVES, Tier.FIXED)
    head = blossom(a.vary(0.075, 0.15), a.pick((5, 6, 8)), 10)
    a.add(head.translate((x, y, ground + stem_h)), "flower", color, Tier.SECONDARY)
    a.add(
        sphere(0.016, 8, (x, y, ground + stem_h + 0.006)),
        "flower centre",
        (250, 200, 40),
        Tier.FIXED,
    )


def _lettuce(a: Assembly, x: float, y: float, ground: float) -> None:
    """A round head of leaves sitting on the soil."""
    r = a.vary(0.09, 0.15)
    a.add(ellipsoid((r, r, r * 0.8), 12, (x, y, ground + r * 0.5)), "leaf", GREENS, Tier.FIXED)


TEMPLATE = Template(
    "flower bed",
    build_flower_bed,
    0.6,
    description="a garden flower bed: a low wooden box of soil planted with rows of flowers",
    synonyms=("flowerbed", "raised garden bed", "raised bed", "garden bed", "planter box"),
    kinds=(
        "raised flower bed",
        "vegetable bed",
        "vegetable patch",
        "herb garden",
        "flower box",
        "window box",
        "flower border",
        "garden planter",
        "allotment bed",
        "bed of flowers",
    ),
    parts=("frame", "post", "soil", "leaf", "stem", "flower", "flower centre"),
    aliases={
        "flowers": "flower",
        "blooms": "flower",
        "bloom": "flower",
        "petals": "flower",
        "planks": "frame",
        "boards": "frame",
        "box": "frame",
        "dirt": "soil",
        "earth": "soil",
        "leaves": "leaf",
    },
)
