"""A hockey puck: a flat black vulcanised rubber disc with a knurled rim and a printed logo."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder

RUBBER: RGB = (28, 28, 30)
LOGOS: tuple[RGB, ...] = ((240, 240, 235), (200, 40, 40), (40, 90, 190))


def build_hockey_puck(a: Assembly) -> None:
    """A hockey puck: a flat black rubber disc with a knurled rim and a printed logo."""
    r = a.vary(0.038, 0.05)
    h = r * a.between(0.62, 0.72)
    a.add(cylinder(r, h, a.segments(r)), "puck", RUBBER)
    for k in range(24):
        rib = box((r * 0.06, r * 0.06, h * 0.5), (r * 0.99, 0, h / 2)).rotate((0, 0, k * 15))
        a.add(rib, "puck", RUBBER)
    logo = a.pick(LOGOS)
    a.add(
        cylinder(r * 0.55, 0.001, a.segments(r), (0, 0, h - 0.0005)), "logo", logo, Tier.SECONDARY
    )
    a.add(cylinder(r * 0.4, 0.0012, a.segments(r), (0, 0, h - 0.0005)), "puck", RUBBER)


TEMPLATE = Template(
    "hockey puck",
    build_hockey_puck,
    0.025,
    description="a flat black rubber disc hit with a stick in ice hockey",
    synonyms=("ice hockey puck", "puck", "pucks"),
    parts=("puck", "logo"),
    aliases={"disc": "puck", "rubber": "puck", "print": "logo"},
)
