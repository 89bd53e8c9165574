"""Test pictures for the image engine's shape priors, drawn by script, split dev / held-out.

Every picture knows its object's true mask and the prior a person would pick (drawn by
picture_drawing.py). The engine is tuned on ``pictures("dev")`` only; the held-out half holds
different shapes (not just different seeds) and is measured once, by bench/image_priors.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from unit.engines.image.picture_drawing import (
    WHITE,
    Layer,
    ball_on_shadow,
    bands,
    disc,
    drawn,
    polygon,
    revolved,
    shaded_shape,
    star,
)


@dataclass(frozen=True)
class Picture:
    """An RGBA picture, whether its alpha is meant, its object's true mask, the right prior."""

    name: str
    rgba: np.ndarray
    has_alpha: bool
    mask: np.ndarray
    prior: str  #: "revolve", "extrude" or "inflate"


# --- the set -----------------------------------------------------------------------------------

GOLD, RED, NAVY, BLUE, ORANGE = (
    (230, 180, 30),
    (210, 35, 40),
    (25, 40, 110),
    (30, 90, 210),
    (245, 140, 20),
)
GREEN, GREY, CREAM, BROWN = (40, 150, 70), (120, 125, 135), (240, 230, 200), (150, 95, 50)


def _teddy() -> list[Layer]:
    return [
        (disc(0.3, 0.17, 0.07), BROWN),
        (disc(0.7, 0.17, 0.07), BROWN),  # ears
        (disc(0.5, 0.3, 0.17), BROWN),
        (disc(0.5, 0.64, 0.22), BROWN),  # head, body
        (disc(0.26, 0.55, 0.08), BROWN),
        (disc(0.74, 0.55, 0.08), BROWN),  # arms
        (disc(0.36, 0.86, 0.09), BROWN),
        (disc(0.64, 0.86, 0.09), BROWN),  # legs
        (disc(0.5, 0.36, 0.07), CREAM),
        (disc(0.43, 0.27, 0.022), (20, 15, 10)),  # muzzle, eye
        (disc(0.57, 0.27, 0.022), (20, 15, 10)),
        (disc(0.5, 0.33, 0.025), (20, 15, 10)),
    ]


def _fish() -> list[Layer]:
    body = [(0.12 + 0.6 * t, 0.5 - 0.2 * np.sin(np.pi * t)) for t in np.linspace(0, 1, 24)]
    body += [(0.12 + 0.6 * t, 0.5 + 0.17 * np.sin(np.pi * t)) for t in np.linspace(1, 0, 24)]
    return [
        (polygon([(0.66, 0.5), (0.9, 0.3), (0.84, 0.5), (0.9, 0.7)]), ORANGE),
        (polygon(body), ORANGE),
        (polygon([(0.35, 0.33), (0.5, 0.22), (0.55, 0.33)]), (230, 90, 20)),
        (disc(0.24, 0.45, 0.025), (20, 20, 20)),
    ]


def _duck() -> list[Layer]:
    return [
        (
            polygon(
                [(0.12, 0.6), (0.3, 0.45), (0.75, 0.5), (0.82, 0.68), (0.55, 0.82), (0.25, 0.78)]
            ),
            GOLD,
        ),
        (disc(0.3, 0.35, 0.13), GOLD),
        (polygon([(0.1, 0.36), (0.2, 0.32), (0.2, 0.41)]), ORANGE),
        (disc(0.27, 0.31, 0.02), (20, 20, 20)),
    ]


def _cat_head() -> list[Layer]:
    return [
        (polygon([(0.2, 0.45), (0.22, 0.1), (0.42, 0.3)]), GREY),
        (polygon([(0.8, 0.45), (0.78, 0.1), (0.58, 0.3)]), GREY),
        (disc(0.5, 0.55, 0.3), GREY),
        (disc(0.4, 0.5, 0.035), GREEN),
        (disc(0.6, 0.5, 0.035), GREEN),
        (polygon([(0.46, 0.62), (0.54, 0.62), (0.5, 0.67)]), (230, 120, 140)),
    ]


def _person() -> list[Layer]:
    skin, shirt, trousers = (225, 180, 150), (200, 60, 60), (50, 60, 90)
    return [
        (disc(0.5, 0.13, 0.08), skin),
        (polygon([(0.37, 0.23), (0.63, 0.23), (0.6, 0.55), (0.4, 0.55)]), shirt),
        (polygon([(0.37, 0.24), (0.18, 0.5), (0.22, 0.53), (0.4, 0.32)]), shirt),
        (polygon([(0.63, 0.24), (0.82, 0.5), (0.78, 0.53), (0.6, 0.32)]), shirt),
        (polygon([(0.4, 0.55), (0.49, 0.55), (0.47, 0.95), (0.38, 0.95)]), trousers),
        (polygon([(0.51, 0.55), (0.6, 0.55), (0.62, 0.95), (0.53, 0.95)]), trousers),
    ]


def _gear() -> np.ndarray:
    angles = np.linspace(0, 2 * np.pi, 96, endpoint=False)
    radii = np.where((np.arange(96) // 6) % 2 == 0, 0.4, 0.32)
    return np.column_stack([0.5 + radii * np.cos(angles), 0.5 + radii * np.sin(angles)])


def _heart() -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, 120)
    x = 16 * np.sin(t) ** 3
    y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
    return np.column_stack([0.5 + x / 40, 0.47 - y / 40])


def _picture(name: str, prior: str, made: tuple[np.ndarray, np.ndarray]) -> Picture:
    rgba, mask = made
    return Picture(name, rgba, bool((rgba[..., 3] < 255).any()), mask, prior)


def _dev() -> list[Picture]:
    vase = bands((0, (30, 120, 130)), (0.5, (210, 170, 60)), (0.58, (30, 120, 130)))
    bottle = bands((0, (30, 90, 40)), (0.55, CREAM), (0.8, (30, 90, 40)))
    ivory = bands((0, (235, 225, 200)))
    return [
        _picture("vase", "revolve", revolved("vase", vase)),
        _picture("vase_alpha", "revolve", revolved("vase", vase, background=None)),
        _picture("bottle", "revolve", revolved("bottle", bottle)),
        _picture("pawn", "revolve", revolved("pawn", ivory, light=np.array([0.5, 0.5, 0.7]))),
        _picture(
            "star",
            "extrude",
            drawn(
                [(polygon(star(0.5, 0.52, 0.42, 0.18)), GOLD), (disc(0.5, 0.52, 0.08), RED)], None
            ),
        ),
        _picture(
            "badge_hole",
            "extrude",
            drawn(
                [
                    (disc(0.5, 0.5, 0.42), GOLD),
                    (disc(0.5, 0.5, 0.36), NAVY),
                    (polygon(star(0.5, 0.55, 0.2, 0.08)), WHITE),
                    (disc(0.5, 0.2, 0.045), None),
                ],
                None,
            ),
        ),
        _picture(
            "logo_two_colour",
            "extrude",
            drawn(
                [
                    (polygon([(0.15, 0.3), (0.65, 0.3), (0.65, 0.8), (0.15, 0.8)]), BLUE),
                    (disc(0.66, 0.32, 0.2), ORANGE),
                ],
                WHITE,
            ),
        ),
        _picture(
            "arrow",
            "extrude",
            drawn(
                [
                    (
                        polygon(
                            [
                                (0.1, 0.4),
                                (0.55, 0.4),
                                (0.55, 0.25),
                                (0.9, 0.5),
                                (0.55, 0.75),
                                (0.55, 0.6),
                                (0.1, 0.6),
                            ]
                        ),
                        GREEN,
                    )
                ],
                None,
            ),
        ),
        _picture("teddy", "inflate", shaded_shape(_teddy(), WHITE)),
        _picture("fish", "inflate", shaded_shape(_fish(), None)),
        _picture("ball_on_shadow", "revolve", ball_on_shadow(RED, 0.12, 0.0)),
    ]


def _heldout() -> list[Picture]:
    glass = bands((0, (170, 40, 60)), (0.45, (200, 200, 210)))
    lamp = bands((0, (240, 220, 160)), (0.37, (60, 60, 70)))
    top = bands((0, (200, 40, 40)), (0.3, (240, 200, 40)), (0.5, (40, 80, 200)))
    return [
        _picture("goblet", "revolve", revolved("goblet", glass, background=None)),
        _picture("lamp", "revolve", revolved("lamp", lamp, light=np.array([0.4, 0.6, 0.7]))),
        _picture("spinning_top", "revolve", revolved("spinning_top", top)),
        _picture(
            "bishop", "revolve", revolved("bishop", bands((0, (40, 35, 35))), background=None)
        ),
        _picture("egg", "revolve", revolved("egg", bands((0, (230, 200, 160))))),
        _picture("bowl", "revolve", revolved("bowl", bands((0, (60, 110, 180))), height_px=150)),
        _picture(
            "heart",
            "extrude",
            drawn([(polygon(_heart()), RED), (disc(0.4, 0.4, 0.05), (250, 180, 190))], None),
        ),
        _picture(
            "gear_hole",
            "extrude",
            drawn([(polygon(_gear()), GREY), (disc(0.5, 0.5, 0.12), None)], None),
        ),
        _picture(
            "shield",
            "extrude",
            drawn(
                [
                    (polygon([(0.2, 0.15), (0.8, 0.15), (0.8, 0.5), (0.5, 0.9), (0.2, 0.5)]), RED),
                    (
                        polygon([(0.4, 0.15), (0.6, 0.15), (0.6, 0.78), (0.5, 0.9), (0.4, 0.78)]),
                        WHITE,
                    ),
                    (polygon([(0.2, 0.15), (0.8, 0.15), (0.8, 0.32), (0.2, 0.32)]), NAVY),
                ],
                WHITE,
            ),
        ),
        _picture(
            "speech_bubble",
            "extrude",
            drawn(
                [
                    (disc(0.5, 0.42, 0.3), GOLD),
                    (polygon([(0.3, 0.6), (0.2, 0.9), (0.5, 0.68)]), GOLD),
                    (disc(0.38, 0.42, 0.04), (40, 40, 40)),
                    (disc(0.5, 0.42, 0.04), (40, 40, 40)),
                    (disc(0.62, 0.42, 0.04), (40, 40, 40)),
                ],
                WHITE,
            ),
        ),
        _picture("duck", "inflate", shaded_shape(_duck(), WHITE)),
        _picture("cat_head", "inflate", shaded_shape(_cat_head(), None)),
        _picture("person", "inflate", shaded_shape(_person(), WHITE)),
        _picture("ball_on_ground", "revolve", ball_on_shadow((40, 90, 200), 0.0, -0.02, 0.55)),
    ]


_CACHE: dict[str, list[Picture]] = {}


def pictures(split: str) -> list[Picture]:
    """The pictures of ``split`` ("dev" or "heldout"), drawn once per process."""
    if split not in _CACHE:
        _CACHE[split] = {"dev": _dev, "heldout": _heldout}[split]()
    return _CACHE[split]


def picture(name: str) -> Picture:
    """One picture of either split, by name."""
    for split in ("dev", "heldout"):
        for found in pictures(split):
            if found.name == name:
                return found
    raise KeyError(name)
