"""Test pictures for the image engine's shape priors, drawn by script, split dev / held-out.

Every picture knows its object's true mask and the prior a person would pick (drawn by
picture_drawing.py). The engine is tuned on ``pictures("dev")`` only; the held-out half holds
different shapes (not just different seeds) and is measured once, by bench/image_priors.py.
That half was measured on 2026-12-05, so ``pictures("heldout2")`` is a second held-out set,
written before the mask and prior fixes of issue 14's leftovers and measured once after
them: other shapes again, coloured backdrops, drop shadows and JPEG. Its two misses then
(button_jpeg, mushroom_shadow) were studied and fixed: it is no longer unseen.
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
    jpeg,
    over_backdrop,
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


def _dog() -> list[Layer]:
    fur, dark = (170, 120, 70), (90, 60, 35)
    return [
        (polygon([(0.25, 0.4), (0.7, 0.38), (0.74, 0.62), (0.26, 0.64)]), fur),  # body
        (polygon([(0.28, 0.6), (0.35, 0.6), (0.34, 0.88), (0.28, 0.88)]), fur),  # legs
        (polygon([(0.4, 0.6), (0.46, 0.6), (0.46, 0.88), (0.4, 0.88)]), fur),
        (polygon([(0.58, 0.6), (0.64, 0.6), (0.64, 0.88), (0.58, 0.88)]), fur),
        (polygon([(0.66, 0.6), (0.72, 0.6), (0.73, 0.88), (0.67, 0.88)]), fur),
        (polygon([(0.26, 0.42), (0.12, 0.22), (0.16, 0.2), (0.3, 0.4)]), fur),  # tail
        (disc(0.78, 0.3, 0.12), fur),  # head
        (polygon([(0.84, 0.3), (0.96, 0.34), (0.95, 0.42), (0.84, 0.42)]), fur),  # snout
        (polygon([(0.7, 0.2), (0.76, 0.14), (0.74, 0.36), (0.68, 0.34)]), dark),  # ear
        (disc(0.82, 0.27, 0.018), (20, 15, 10)),
        (disc(0.95, 0.36, 0.02), (20, 15, 10)),
    ]


def _bird() -> list[Layer]:
    feathers, wing = (60, 140, 200), (30, 90, 150)
    return [
        (polygon([(0.15, 0.55), (0.05, 0.45), (0.08, 0.62), (0.28, 0.64)]), wing),  # tail
        (disc(0.45, 0.58, 0.22), feathers),  # body
        (disc(0.68, 0.36, 0.13), feathers),  # head
        (polygon([(0.79, 0.32), (0.92, 0.37), (0.79, 0.41)]), ORANGE),  # beak
        (polygon([(0.3, 0.5), (0.55, 0.48), (0.5, 0.66), (0.33, 0.63)]), wing),
        (disc(0.71, 0.33, 0.022), (15, 15, 15)),
        (polygon([(0.42, 0.78), (0.44, 0.92), (0.46, 0.78)]), ORANGE),  # legs
        (polygon([(0.52, 0.78), (0.54, 0.92), (0.56, 0.78)]), ORANGE),
    ]


def _whale() -> list[Layer]:
    skin, belly = (70, 100, 140), (200, 205, 215)
    body = [(0.1 + 0.62 * t, 0.5 - 0.22 * np.sin(np.pi * t**0.7)) for t in np.linspace(0, 1, 30)]
    body += [(0.1 + 0.62 * t, 0.5 + 0.14 * np.sin(np.pi * t**0.7)) for t in np.linspace(1, 0, 30)]
    return [
        (polygon([(0.68, 0.5), (0.93, 0.3), (0.86, 0.5), (0.95, 0.66)]), skin),  # fluke
        (polygon(body), skin),
        (polygon([(0.14, 0.55), (0.5, 0.6), (0.3, 0.63)]), belly),
        (polygon([(0.35, 0.6), (0.45, 0.75), (0.47, 0.62)]), skin),  # flipper
        (disc(0.22, 0.45, 0.02), (15, 15, 20)),
    ]


def _rabbit() -> list[Layer]:
    fur, pink = (235, 235, 230), (235, 170, 180)
    return [
        (polygon([(0.36, 0.1), (0.44, 0.08), (0.47, 0.38), (0.39, 0.4)]), fur),  # ears
        (polygon([(0.56, 0.08), (0.64, 0.1), (0.61, 0.4), (0.53, 0.38)]), fur),
        (polygon([(0.4, 0.13), (0.43, 0.12), (0.45, 0.34), (0.41, 0.35)]), pink),
        (disc(0.5, 0.45, 0.15), fur),  # head
        (disc(0.5, 0.75, 0.2), fur),  # body
        (disc(0.35, 0.92, 0.07), fur),  # feet
        (disc(0.65, 0.92, 0.07), fur),
        (disc(0.44, 0.43, 0.02), (30, 20, 20)),
        (disc(0.56, 0.43, 0.02), (30, 20, 20)),
        (disc(0.5, 0.5, 0.02), pink),
    ]


def _plus(center: float, arm: float, half: float) -> list[tuple[float, float]]:
    """A plus sign: arms ``half`` long from the centre, ``2 * arm`` wide (fractions)."""
    low, high = center - half, center + half
    a, b = center - arm, center + arm
    return [
        (a, low), (b, low), (b, a), (high, a), (high, b), (b, b),
        (b, high), (a, high), (a, b), (low, b), (low, a), (a, a),
    ]  # fmt: skip


def _heldout2() -> list[Picture]:
    """Written before the fixes of issue 14's leftovers; measured once, after them."""
    sky, navy_night, pale_yellow = (200, 220, 240), (25, 30, 60), (250, 240, 200)
    shadow = (0.025, 0.035, 0.02, 0.4)
    brass = bands((0, (250, 240, 220)), (0.33, (190, 150, 60)))
    gold = bands((0, (220, 170, 40)), (0.75, (60, 45, 30)))
    jar = bands((0, (200, 40, 40)), (0.12, (240, 200, 150)))
    mushroom = bands((0, (200, 50, 40)), (0.44, (235, 225, 205)))
    return [
        _picture("candlestick", "revolve", revolved("candlestick", brass, background=sky)),
        _picture("trophy_jpeg", "revolve", jpeg(revolved("trophy", gold), 70)),
        _picture("jar", "revolve", revolved("jar", jar, background=None)),
        _picture(
            "mushroom_shadow",
            "revolve",
            over_backdrop(revolved("mushroom", mushroom, background=None), WHITE, shadow),
        ),
        _picture(
            "moon",
            "extrude",
            over_backdrop(
                drawn([(disc(0.5, 0.5, 0.38), GOLD), (disc(0.64, 0.42, 0.3), None)], None),
                navy_night,
            ),
        ),
        _picture(
            "button_jpeg",
            "extrude",
            jpeg(
                drawn(
                    [
                        (disc(0.5, 0.5, 0.4), (30, 140, 130)),
                        (disc(0.5, 0.5, 0.3), (40, 170, 160)),
                        (disc(0.42, 0.5, 0.05), None),
                        (disc(0.58, 0.5, 0.05), None),
                    ],
                    WHITE,
                ),
                50,
            ),
        ),
        _picture(
            "sticker_shadow",
            "extrude",
            over_backdrop(
                drawn(
                    [
                        (polygon(_plus(0.5, 0.13, 0.4)), WHITE),
                        (polygon(_plus(0.5, 0.1, 0.37)), RED),
                    ],
                    None,
                ),
                (230, 230, 230),
                shadow,
            ),
        ),
        _picture(
            "no_entry_jpeg",
            "extrude",
            jpeg(
                drawn(
                    [
                        (disc(0.5, 0.5, 0.4), RED),
                        (polygon([(0.24, 0.44), (0.76, 0.44), (0.76, 0.56), (0.24, 0.56)]), WHITE),
                    ],
                    WHITE,
                ),
                60,
            ),
        ),
        _picture(
            "t_logo",
            "extrude",
            drawn(
                [
                    (polygon([(0.15, 0.15), (0.85, 0.15), (0.85, 0.32), (0.15, 0.32)]), NAVY),
                    (polygon([(0.41, 0.3), (0.59, 0.3), (0.59, 0.88), (0.41, 0.88)]), NAVY),
                    (disc(0.5, 0.72, 0.09), ORANGE),
                ],
                None,
            ),
        ),
        _picture(
            "bolt",
            "extrude",
            drawn(
                [
                    (
                        polygon(
                            [
                                (0.55, 0.08),
                                (0.25, 0.55),
                                (0.47, 0.55),
                                (0.4, 0.92),
                                (0.75, 0.4),
                                (0.53, 0.4),
                                (0.65, 0.08),
                            ]
                        ),
                        (20, 20, 20),
                    )
                ],
                (250, 220, 60),
            ),
        ),
        _picture("dog", "inflate", shaded_shape(_dog(), pale_yellow)),
        _picture(
            "bird_shadow", "inflate", over_backdrop(shaded_shape(_bird(), None), WHITE, shadow)
        ),
        _picture("whale_jpeg", "inflate", jpeg(shaded_shape(_whale(), sky), 60)),
        _picture("rabbit", "inflate", shaded_shape(_rabbit(), None)),
    ]


_CACHE: dict[str, list[Picture]] = {}


def pictures(split: str) -> list[Picture]:
    """The pictures of ``split`` ("dev", "heldout" or "heldout2"), drawn once per process."""
    if split not in _CACHE:
        _CACHE[split] = {"dev": _dev, "heldout": _heldout, "heldout2": _heldout2}[split]()
    return _CACHE[split]


def picture(name: str) -> Picture:
    """One picture of either split, by name."""
    for split in ("dev", "heldout", "heldout2"):
        for found in pictures(split):
            if found.name == name:
                return found
    raise KeyError(name)
