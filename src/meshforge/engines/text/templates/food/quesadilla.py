"""A quesadilla: a toasted round tortilla folded over melted cheese and cut into wedges, the
wedges fanned out a little on a plate so the yellow filling shows at their cut sides."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, sphere, union

TORTILLAS: tuple[RGB, ...] = ((230, 195, 130), (220, 180, 110), (240, 205, 145))
CHEESE: RGB = (250, 200, 70)
TOAST: RGB = (170, 110, 50)
PLATE: RGB = (245, 245, 240)


def _wedge(radius: float, height: float, span: float, segments: int) -> Manifold:
    """A pie-slice of a disc of ``height`` between angles 0 and ``span``° about Z."""
    disc = cylinder(radius, height, segments)
    half = box((radius * 2.2, radius * 2.2, height * 3), (0, radius * 1.1, 0))
    return disc ^ half ^ half.rotate((0, 0, span - 180))


def build_quesadilla(a: Assembly) -> None:
    """A quesadilla: tortilla wedges with melted cheese between, fanned out on a plate."""
    radius = a.vary(0.1, 0.08)
    count = a.pick((3, 4, 6))
    thick = 0.0035
    filling = a.vary(0.006, 0.1)
    on_plate = a.wants("plate")
    z = 0.0
    if on_plate:
        a.add(
            cylinder(radius * 1.35, 0.01, a.segments(radius), (0, 0, 0), radius * 1.2),
            "plate",
            PLATE,
            Tier.SECONDARY,
        )
        z = 0.0095
    gap = radius * 0.06 if on_plate else 0.0
    span = 360 / count - (0 if on_plate else -2)  # without a plate they overlap to hold together
    tortilla, cheese, marks = [], [], []
    for k in range(count):
        turn = 360 * k / count
        middle = math.radians(turn + span / 2)
        shift = (gap * math.cos(middle), gap * math.sin(middle), 0.0)
        for lift in (z, z + thick + filling - 0.0006):
            piece = _wedge(radius, thick, span, a.segments(radius)).translate((0, 0, lift))
            tortilla.append(piece.rotate((0, 0, turn)).translate(shift))
        core = _wedge(radius * 1.01, filling, span, a.segments(radius))
        cheese.append(
            core.translate((0, 0, z + thick - 0.0003)).rotate((0, 0, turn)).translate(shift)
        )
        for f in (0.4, 0.7):
            spot = sphere(radius * 0.06, 8, (radius * f, radius * f * 0.45, 0)).scale((1, 1, 0.2))
            marks.append(
                spot.translate((0, 0, z + thick * 2 + filling - 0.0006))
                .rotate((0, 0, turn))
                .translate(shift)
            )
    a.add(union(tortilla), "tortilla", TORTILLAS)
    a.add(union(cheese), "cheese", CHEESE, Tier.SECONDARY)
    a.add(union(marks), "toast", TOAST, Tier.FIXED)


TEMPLATE = Template(
    "quesadilla",
    build_quesadilla,
    0.03,
    description="a toasted tortilla folded over melted cheese and cut into wedges",
    synonyms=("quesadillas", "cheese quesadilla", "quesadilla wedges"),
    kinds=("chicken quesadilla",),
    parts=("plate", "tortilla", "cheese", "toast"),
    aliases={"filling": "cheese", "wedges": "tortilla", "grill marks": "toast", "marks": "toast"},
)
