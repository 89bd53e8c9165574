"""A log cabin: walls of stacked round logs with crossed corners, a pitched roof, stone chimney."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR, STONES
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import face_prism

LOGS: tuple[RGB, ...] = ((150, 100, 60), (125, 85, 50), (170, 120, 75))
ROOFS: tuple[RGB, ...] = ((70, 60, 55), (110, 70, 45), (60, 80, 60), (140, 50, 40))
WINDOW: RGB = (60, 80, 105)


def build_log_cabin(a: Assembly) -> None:
    """Walls of stacked round logs with crossed corners, a pitched roof, a stone chimney."""
    logs_color = a.pick(LOGS)
    w, d = a.vary(6.0, 0.1), a.vary(4.5, 0.1)
    courses = a.pick((7, 8, 9))
    lr = 0.19
    logs = []
    for k in range(courses):
        z = lr + k * lr * 1.75
        for sy in (-1, 1):
            logs.append(
                rod(
                    (-w / 2 - 0.35, sy * d / 2, z),
                    (w / 2 + 0.35, sy * d / 2, z),
                    lr,
                    10,
                )
            )
        for sx in (-1, 1):
            logs.append(
                rod(
                    (sx * w / 2, -d / 2 - 0.35, z + lr * 0.87),
                    (sx * w / 2, d / 2 + 0.35, z + lr * 0.87),
                    lr,
                    10,
                )
            )
    wall_h = lr + courses * lr * 1.75
    a.add(box((w, d, wall_h), (0, 0, wall_h / 2)), "wall", logs_color)
    a.add(union(logs), "log", logs_color)
    pitch = d * a.between(0.35, 0.5)
    gable = face_prism([(-d / 2, 0), (d / 2, 0), (0, pitch)], w).rotate((0, 0, 90))
    a.add(gable.translate((0, 0, wall_h)), "wall", logs_color)
    roof_outline = [
        (-d / 2 - 0.6, -0.1),
        (0, pitch + 0.25),
        (d / 2 + 0.6, -0.1),
        (d / 2 + 0.6, 0.15),
        (0, pitch + 0.5),
        (-d / 2 - 0.6, 0.15),
    ]
    roof = face_prism(roof_outline, w + 1.0).rotate((0, 0, 90))
    a.add(roof.translate((0, 0, wall_h)), "roof", ROOFS, Tier.SECONDARY)
    a.add(box((1.0, 0.2, 2.0), (w * 0.15, -d / 2 - lr, 1.0)), "door", DOOR, Tier.FIXED)
    for x in (-w * 0.25,):
        a.add(box((1.0, 0.2, 0.9), (x, -d / 2 - lr, 1.5)), "window", WINDOW, Tier.FIXED)
        a.add(box((1.2, 0.24, 0.1), (x, -d / 2 - lr, 1.0)), "window", (110, 75, 45), Tier.FIXED)
    if a.wants("chimney"):
        ch_h = wall_h + pitch + 1.2
        a.add(box((1.0, 1.0, ch_h), (w / 2 + 0.3, d * 0.1, ch_h / 2)), "chimney", STONES)
    if a.wants("porch") and a.chance(0.5):
        a.add(box((w * 0.8, 1.4, 0.2), (0, -d / 2 - 0.8, 0.1)), "porch", logs_color)


TEMPLATE = Template(
    "log cabin",
    build_log_cabin,
    5.0,
    description="a rustic wooden log cabin of stacked round logs with a pitched roof and chimney",
    synonyms=("log house", "wooden cabin", "timber cabin", "log hut", "mountain cabin"),
    kinds=("hunting cabin", "forest cabin"),
    parts=("wall", "log", "roof", "door", "window", "chimney", "porch"),
    aliases={"wood": "log"},
)
