"""A projector: a low rounded box on little feet with a big lens at the front and a vent grille."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, WHITE_GOODS, cased_box
from meshforge.engines.text.kit.solids import box, cylinder, rod

LENS_GLASS = (70, 110, 150)


def build_projector(a: Assembly) -> None:
    """A projector: a low rounded box on little feet with a big lens at the front."""
    width, depth, height = a.vary(0.3, 0.1), a.vary(0.24, 0.1), a.vary(0.09, 0.12)
    color = a.pick(WHITE_GOODS + GADGETS[:1])
    feet = 0.012
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                cylinder(0.01, feet + 0.003, 10, (sx * width * 0.38, sy * depth * 0.38, 0)),
                "foot",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
    cased_box(a, (width, depth, height), 0.018, "body", color, feet)
    front = -depth / 2
    lens_x = width * a.pick((-0.22, 0.0, 0.22))
    lens_r = height * 0.34
    z = feet + height * 0.5
    a.add(
        rod(
            (lens_x, front + 0.01, z), (lens_x, front - 0.025, z), lens_r * 1.2, a.segments(lens_r)
        ),
        "lens",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        rod((lens_x, front - 0.02, z), (lens_x, front - 0.03, z), lens_r, a.segments(lens_r)),
        "lens",
        LENS_GLASS,
        Tier.FIXED,
    )
    vent_x = -lens_x if lens_x else width * 0.3
    for k in range(5):
        a.add(
            box((0.004, 0.006, height * 0.5), (vent_x + (k - 2) * 0.012, front, z)),
            "vent",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    for k in range(3):
        a.add(
            cylinder(
                0.007, 0.006, 10, (width * 0.25 - k * 0.022, depth * 0.2, feet + height - 0.002)
            ),
            "button",
            BLACK_PLASTIC,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "projector",
    build_projector,
    0.1,
    description="a video projector that throws a picture onto a wall through a lens",
    synonyms=(
        "video projector",
        "movie projector",
        "home cinema projector",
        "beamer",
        "data projector",
    ),
    kinds=("film projector", "slide projector", "mini projector"),
    parts=("body", "foot", "lens", "vent", "button"),
    aliases={"case": "body", "feet": "foot", "grille": "vent", "buttons": "button"},
)
