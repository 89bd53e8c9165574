"""A croissant: a golden crescent of rolled pastry, fat in the middle and tapering to tips."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import union
from meshforge.engines.text.kit.sweeps import tube


def build_croissant(a: Assembly) -> None:
    """A croissant: a golden crescent of rolled pastry, fat in the middle and tapering to tips."""
    span, thick = a.vary(0.13, 0.1), a.vary(0.03, 0.1)
    bend = a.between(0.35, 0.6)  # how far the tips curl back, as a fraction of the span
    rolls = a.pick((5, 7))

    def centre(t: float) -> tuple[float, float]:
        """The crescent's middle line, t from -1 (left tip) to 1 (right tip)."""
        return span * 0.5 * t, span * bend * t * t

    pieces = []
    for tip in (-1, 1):
        # the dough core from the middle out to each tip, thinning as it goes
        path = [(*centre(tip * k / 4), thick * (0.75 - 0.35 * k / 4)) for k in range(5)]
        pieces.append(tube(path, thick * 0.75, a.segments(thick), thick * 0.22))
    for k in range(rolls):
        # each roll of dough is a spindle across the crescent, biggest in the middle
        t = (k - (rolls - 1) / 2) / ((rolls - 1) / 2) * 0.85
        x, y = centre(t)
        r = thick * (1.0 - 0.55 * t * t)
        heading = math.atan2(2 * span * bend * t, span * 0.5)  # along the crescent's tangent
        cross = (-math.sin(heading), math.cos(heading))
        half = r * 1.25
        start_at = (x - cross[0] * half, y - cross[1] * half, thick * 0.75)
        end_at = (x + cross[0] * half, y + cross[1] * half, thick * 0.75)
        pieces.append(spindle(start_at, end_at, r * 0.8, a.segments(thick)))
    # the crescent opens towards the back, so that the three-quarter view sees its belly
    a.add(union(pieces).translate((0, -span * bend * 0.5, 0)), "pastry", CRUSTS)


TEMPLATE = Template(
    "croissant",
    build_croissant,
    0.06,
    description="a flaky golden crescent-shaped French pastry",
    synonyms=("croissants", "crescent roll"),
    kinds=("butter croissant", "chocolate croissant", "pain au chocolat"),
    parts=("pastry",),
    aliases={"dough": "pastry", "crust": "pastry", "body": "pastry"},
)
