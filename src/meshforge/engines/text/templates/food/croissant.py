"""A croissant: a golden crescent of rolled pastry, fat in the middle and tapering to tips."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import box, ellipsoid, union

#: the deeper bake of every other roll
BAKED: tuple[RGB, ...] = ((180, 105, 40), (170, 95, 35))


def build_croissant(a: Assembly) -> None:
    """A croissant: a golden crescent of rolled pastry, fat in the middle and tapering to tips.

    The rolled dough shows as a chain of plump segments along the crescent, each a little
    smaller than the one inside it, with grooves between them running across the pastry; the
    tips are thin and pointed and it sits on a flat bottom.
    """
    span, thick = a.vary(0.14, 0.1), a.vary(0.032, 0.1)
    bend = a.between(0.55, 0.75)  # how far the tips curl back, as a fraction of the span
    rolls = a.pick((5, 7))
    seg = a.segments(thick)

    def centre(t: float) -> tuple[float, float]:
        """The crescent's middle line, t from -1 (left tip) to 1 (right tip)."""
        return span * 0.5 * t, -span * bend * t * t

    def heading(t: float) -> float:
        """The crescent's direction at ``t``, in degrees about Z."""
        return math.degrees(math.atan2(-2 * span * bend * t, span * 0.5))

    # sits flat on the plate; the horns curl towards the front, so that a view from the front
    # or three-quarters sees the crescent's sweep rather than its flat back
    floor = box((span * 3, span * 3, thick * 3), (0, 0, thick * 1.5))
    shift = (0.0, span * bend * 0.5, 0.0)
    pieces = []
    step = 2.0 / rolls
    for k in range(rolls):
        t = -1 + step * (k + 0.5)
        x, y = centre(t)
        girth = thick * (1.0 - 0.62 * t * t)
        # the crescent's arc per step of t grows towards the horns: the rolls grow with it,
        # so that neighbours always overlap
        arc = math.hypot(1.0, 4 * bend * t)
        length = span * step * 0.36 * arc * (1.0 + 0.6 * (1.0 - t * t))
        # a plump segment along the crescent; neighbours overlap, leaving a groove between
        roll = ellipsoid((length, girth * 1.05, girth * 0.85), seg)
        placed = (roll.rotate((0, 0, heading(t))).translate((x, y, girth * 0.6)) ^ floor).translate(
            shift
        )
        # the rolls alternate a deeper and a paler bake, so each layer reads on its own
        a.add(placed, "pastry", BAKED if k % 2 else CRUSTS)
        pieces.append(placed)
    for tip in (-1, 1):
        # the thin pointed ends curling in beyond the last segment
        start_t, end_t = tip * (1 - step * 0.5), tip * 1.12
        x0, y0 = centre(start_t)
        x1, y1 = centre(end_t)
        r0 = thick * (1.0 - 0.62 * start_t * start_t)
        end = spindle((x0 - tip * r0 * 0.3, y0, r0 * 0.55), (x1, y1, thick * 0.2), r0 * 0.75, seg)
        pieces.append((end ^ floor).translate(shift))
    a.add(union(pieces[rolls:]), "pastry", CRUSTS)


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
