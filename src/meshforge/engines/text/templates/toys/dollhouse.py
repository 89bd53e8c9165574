"""A dollhouse: a pastel two-storey house with its front open, floors and rooms inside."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import front_plate
from meshforge.engines.text.kit.solids import box, subtract

WALLS: tuple[RGB, ...] = ((245, 205, 215), (250, 240, 220), (200, 225, 240), (215, 240, 210))
ROOFS: tuple[RGB, ...] = ((200, 70, 90), (110, 70, 130), (70, 110, 170), (180, 80, 60))
ROOMS: tuple[RGB, ...] = ((250, 230, 150), (190, 220, 245), (240, 190, 200), (200, 235, 200))
FLOOR: RGB = (190, 145, 100)
WINDOW: RGB = (150, 200, 235)


def build_dollhouse(a: Assembly) -> None:
    """A dollhouse: a pastel two-storey house with its front open, floors and rooms inside."""
    w = a.vary(0.7, 0.1)
    d = w * a.between(0.4, 0.5)
    storey = w * a.between(0.38, 0.45)
    floors = a.count("floor", 2, 1, 3)
    h = storey * floors
    wall = a.pick(WALLS)
    t = 0.015
    shell = box((w, d, h), (0, 0, h / 2))
    # open at the front (-Y) so the rooms show
    hollow = box((w - 2 * t, d, h - 2 * t), (0, -t, h / 2))
    a.add(subtract(shell, hollow), "walls", wall)
    for k in range(floors):
        z = k * storey
        for j, x in enumerate((-w / 4, w / 4)):
            back = box(
                (w / 2 - t * 1.5, 0.004, storey - t * 2), (x, d / 2 - t - 0.001, z + storey / 2)
            )
            a.add(back, "wallpaper", ROOMS[(j + 2 * k) % len(ROOMS)], Tier.FIXED)
        a.add(box((w - t, d - t, t), (0, -t / 2, z + t / 2)), "floor", FLOOR, Tier.FIXED)
        a.add(box((t, d - t, storey), (0, -t / 2, z + storey / 2)), "walls", wall)
        for x in (-w / 4, w / 4):
            window = box((w * 0.12, 0.006, storey * 0.3), (x, d / 2 + 0.002, z + storey * 0.55))
            a.add(window, "window", WINDOW, Tier.FIXED)
    roof_h = w * a.between(0.3, 0.4)
    gable = [(-w / 2 - 0.03, h - 0.01), (w / 2 + 0.03, h - 0.01), (0, h + roof_h)]
    roof = front_plate(gable, d + 0.04)
    inner = front_plate(
        [(x * 0.85, z + 0.02 if k < 2 else z - 0.04) for k, (x, z) in enumerate(gable)], d
    )
    a.add(subtract(roof, inner.translate((0, -0.03, 0))), "roof", ROOFS, Tier.SECONDARY)
    a.add(
        box((w * 0.18, 0.005, storey * 0.5), (0, d / 2 + 0.002, storey * 0.25)),
        "door",
        (150, 90, 60),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "dollhouse",
    build_dollhouse,
    0.7,
    description="a toy house with an open front showing little rooms on two floors",
    synonyms=(
        "doll house",
        "dolls house",
        "doll's house",
        "dollhouses",
        "toy house",
        "barbie house",
    ),
    kinds=("miniature house", "barbie dreamhouse"),
    parts=("walls", "roof", "floor", "wallpaper", "window", "door"),
    aliases={"wall": "walls", "rooms": "wallpaper", "windows": "window", "floors": "floor"},
)
