"""A pocket calculator: a flat slab with a dark display strip and a grid of square keys."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, slab, union

BODIES: tuple[RGB, ...] = ((45, 45, 50), (230, 230, 225), (60, 90, 150), (200, 202, 206))
DISPLAY: RGB = (170, 190, 160)
KEYS: tuple[RGB, ...] = ((235, 235, 235), (70, 70, 75))
ACCENT: RGB = (230, 120, 40)


def build_calculator(a: Assembly) -> None:
    """A pocket calculator: a flat slab with a display strip and a grid of keys."""
    width, length, thick = a.vary(0.08, 0.08), a.vary(0.14, 0.08), a.vary(0.012, 0.15)
    body = a.pick(BODIES)
    tilt = a.between(4, 8)

    def lean(solid: Manifold) -> Manifold:
        return solid.rotate((tilt, 0, 0)).translate((0, 0, length / 2 * 0.14 + 0.002))

    a.add(lean(slab((width, length, thick), 0.008, 8, (0, 0, 0))), "body", body)
    a.add(
        lean(box((width * 0.82, length * 0.2, 0.003), (0, length * 0.33, thick / 2))),
        "display",
        DISPLAY,
        Tier.FIXED,
    )
    keys: list[Manifold] = []
    accents: list[Manifold] = []
    cols, rows = 4, 5
    pitch_x, pitch_y = width * 0.85 / cols, length * 0.62 / rows
    for row in range(rows):
        for col in range(cols):
            key = box(
                (pitch_x * 0.75, pitch_y * 0.7, 0.004),
                (
                    -width * 0.425 + pitch_x * (col + 0.5),
                    length * 0.17 - pitch_y * (row + 0.5),
                    thick / 2 + 0.001,
                ),
            )
            (accents if col == cols - 1 else keys).append(key)
    a.add(lean(union(keys)), "key", a.pick(KEYS), Tier.SECONDARY)
    a.add(lean(union(accents)), "key", ACCENT, Tier.FIXED)


TEMPLATE = Template(
    "calculator",
    build_calculator,
    0.03,
    description="a pocket calculator with a small display and number keys",
    synonyms=(
        "pocket calculator",
        "desk calculator",
        "electronic calculator",
        "scientific calculator",
        "adding machine",
    ),
    kinds=("graphing calculator",),
    parts=("body", "display", "key"),
    aliases={"button": "key", "screen": "display"},
)
