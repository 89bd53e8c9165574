"""An air hockey table: a smooth white field with raised rails and goals, two mallets and a puck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract
from meshforge.engines.text.kit.sweeps import hoop

CASES: tuple[RGB, ...] = ((30, 30, 35), (40, 70, 160), (190, 40, 45))
FIELD: RGB = (245, 245, 242)
LINES: RGB = (220, 50, 50)
MALLETS: tuple[RGB, RGB] = ((220, 40, 40), (40, 90, 210))


def build_air_hockey_table(a: Assembly) -> None:
    """A smooth white field with raised rails and goals, two mallets and a puck."""
    case = a.pick(CASES)
    length, width, top = a.vary(2.1, 0.06), a.vary(1.1, 0.05), 0.8
    a.add(box((length * 0.9, width * 0.8, top - 0.13), (0, 0, (top - 0.13) / 2)), "cabinet", case)
    a.add(box((length, width, 0.15), (0, 0, top - 0.075)), "cabinet", case)
    a.add(box((length - 0.1, width - 0.1, 0.01), (0, 0, top)), "field", FIELD, Tier.FIXED)
    goal_w = width * 0.3
    rails = subtract(
        box((length, width, 0.07), (0, 0, top + 0.025)),
        box((length - 0.1, width - 0.1, 0.2), (0, 0, top + 0.05)),
        box((length + 0.2, goal_w, 0.2), (0, 0, top + 0.1)),
    )
    a.add(rails, "rail", case)
    a.add(box((0.01, width - 0.1, 0.003), (0, 0, top + 0.005)), "line", LINES, Tier.FIXED)
    a.add(hoop(width * 0.15, 0.004, 48, (0, 0, top + 0.005)), "line", LINES, Tier.FIXED)
    for sx, color in zip((-1, 1), MALLETS, strict=True):
        x = sx * length * 0.32
        a.add(cylinder(0.05, 0.02, 24, (x, 0, top)), "mallet", color, Tier.FIXED)
        a.add(cylinder(0.022, 0.05, 16, (x, 0, top + 0.02)), "mallet", color, Tier.FIXED)
    a.add(
        cylinder(0.032, 0.008, 24, (length * 0.1, width * 0.1, top)),
        "puck",
        (30, 30, 34),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "air hockey table",
    build_air_hockey_table,
    0.9,
    description="an air hockey table: an arcade table with a slick field, mallets and a puck",
    synonyms=("air hockey", "air hockey tables"),
    parts=("cabinet", "field", "rail", "line", "mallet", "puck"),
    aliases={"paddles": "mallet", "strikers": "mallet", "surface": "field", "rails": "rail"},
)
