"""A desk organiser: a tray of open compartments, file slots behind, a pen cup."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, subtract, union

BODIES: tuple[RGB, ...] = (
    (35, 35, 38),
    (150, 100, 60),
    (245, 244, 238),
    (205, 170, 120),
    (70, 110, 160),
)
PAPER: RGB = (248, 247, 240)
PENS: tuple[RGB, ...] = ((30, 60, 170), (200, 40, 40), (30, 30, 34), (250, 200, 40))


def _open_box(
    size: tuple[float, float, float],
    centre: tuple[float, float, float],
    wall: float,
    cells: int,
    along_y: bool = False,
) -> Manifold:
    """A box standing on ``centre``'s floor, hollowed into ``cells`` along X (or Y)."""
    w, d, h = size
    cx, cy, cz = centre
    solid = box(size, (cx, cy, cz + h / 2))
    holes = []
    for k in range(cells):
        if along_y:
            cell = (d - wall) / cells - wall
            y = cy - d / 2 + wall + cell / 2 + k * (cell + wall)
            holes.append(box((w - 2 * wall, cell, h), (cx, y, cz + h / 2 + wall)))
        else:
            cell = (w - wall) / cells - wall
            x = cx - w / 2 + wall + cell / 2 + k * (cell + wall)
            holes.append(box((cell, d - 2 * wall, h), (x, cy, cz + h / 2 + wall)))
    return subtract(solid, *holes)


def build_desk_organizer(a: Assembly) -> None:
    """A desk organiser: low compartments in front, tall file slots behind, pens in a cup."""
    width, depth = a.vary(0.3, 0.12), a.vary(0.2, 0.1)
    wall = 0.006
    color = a.pick(BODIES)
    low_h, tall_h = a.vary(0.05, 0.15), a.vary(0.17, 0.15)
    front_d = depth * 0.45
    front = _open_box(
        (width, front_d, low_h), (0, -depth / 2 + front_d / 2, 0), wall, a.pick((2, 3))
    )
    back_d = depth - front_d + wall
    slots = a.pick((3, 4))
    back_w = width * 0.62
    back = _open_box(
        (back_w, back_d, tall_h),
        (-width / 2 + back_w / 2, depth / 2 - back_d / 2, 0),
        wall,
        slots,
        True,
    )
    cup_w = width - back_w + wall
    cup = _open_box(
        (cup_w, back_d, tall_h * 0.7), (width / 2 - cup_w / 2, depth / 2 - back_d / 2, 0), wall, 1
    )
    a.add(union([front, back, cup]), "organizer", color)
    if a.maybe("paper", 0.7, "paper", "papers", "files", "letters"):
        cell = (back_d - wall) / slots - wall
        sheets = []
        for k in range(slots - 1):
            y = depth / 2 - back_d + wall + cell / 2 + k * (cell + wall)
            sheets.append(
                box(
                    (back_w * 0.8, min(cell * 0.6, 0.01), tall_h * 1.05),
                    (-width / 2 + back_w / 2, y, wall * 0.5 + tall_h * 0.525),
                )
            )
        a.add(union(sheets), "paper", PAPER, Tier.FIXED)
    if a.maybe("pens", 0.8, "pen", "pens", "pencils"):
        cx, cy = width / 2 - cup_w / 2, depth / 2 - back_d / 2
        for k in range(3):
            foot = (cx + (k - 1) * cup_w * 0.2, cy + (k % 2 - 0.5) * back_d * 0.2, wall * 0.5)
            top = (foot[0] + (k - 1) * 0.015, foot[1] - 0.01, tall_h * 0.7 + a.vary(0.07, 0.2))
            a.add(rod(foot, top, 0.0045, 10), "pens", a.pick(PENS), Tier.FIXED)


TEMPLATE = Template(
    "desk organizer",
    build_desk_organizer,
    0.2,
    description="a desk organizer: a tidy tray of compartments for pens, papers and stationery",
    synonyms=(
        "desk organiser",
        "stationery organizer",
        "stationery organiser",
        "desktop organizer",
    ),
    kinds=("office organizer", "desk caddy", "mail sorter", "file sorter", "letter tray"),
    parts=("organizer", "paper", "pens"),
    aliases={
        "tray": "organizer",
        "body": "organizer",
        "organiser": "organizer",
        "files": "paper",
        "pen": "pens",
        "pencils": "pens",
    },
)
