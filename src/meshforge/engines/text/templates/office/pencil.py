"""A pencil lying on its side: a hexagonal shaft, a sharpened lead tip and an eraser."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder

PAINTS: tuple[RGB, ...] = (
    (245, 190, 30),
    (240, 200, 40),
    (40, 110, 60),
    (200, 40, 40),
    (40, 80, 170),
)
WOOD: RGB = (230, 195, 150)
LEAD: RGB = (50, 50, 55)
FERRULE: RGB = (200, 200, 205)
ERASER: RGB = (240, 140, 150)


def build_pencil(a: Assembly) -> None:
    """A pencil lying on its side: a hexagonal shaft, a sharpened tip and an eraser."""
    length, r = a.vary(0.18, 0.1), 0.0038
    shaft_l = length * 0.84
    hexagon = CrossSection.circle(r, 6)
    shaft = Manifold.extrude(hexagon, shaft_l)
    cone_l = length * 0.1
    parts = [
        (shaft, "shaft", a.pick(PAINTS), Tier.PRIMARY),
        (
            cylinder(r * 0.95, cone_l, 16, (0, 0, shaft_l - 0.0005), r * 0.3),
            "tip",
            WOOD,
            Tier.FIXED,
        ),
        (
            cylinder(r * 0.32, cone_l * 0.35, 12, (0, 0, shaft_l + cone_l * 0.68), 0.0002),
            "lead",
            LEAD,
            Tier.FIXED,
        ),
    ]
    if a.wants("eraser"):
        parts.append(
            (cylinder(r * 1.05, 0.012, 16, (0, 0, -0.011)), "ferrule", FERRULE, Tier.FIXED)
        )
        parts.append((cylinder(r * 0.95, 0.009, 16, (0, 0, -0.019)), "eraser", ERASER, Tier.FIXED))
    for solid, part, color, tier in parts:
        a.add(
            solid.rotate((0, 90, 0)).translate((-length / 2, 0, r * 0.87)).rotate((0, 0, 20)),
            part,
            color,
            tier,
        )


TEMPLATE = Template(
    "pencil",
    build_pencil,
    0.01,
    description="a yellow wooden pencil with a sharpened point and an eraser",
    synonyms=(
        "lead pencil",
        "graphite pencil",
        "hb pencil",
        "colored pencil",
        "coloured pencil",
        "colour pencil",
    ),
    kinds=("carpenter pencil", "drawing pencil"),
    not_claimed=("pencil case", "pencil sharpener", "pencil skirt"),
    parts=("shaft", "tip", "lead", "ferrule", "eraser"),
    aliases={"rubber": "eraser", "point": "lead", "body": "shaft", "band": "ferrule"},
)
