"""A hole punch: a low steel base with a long lever arm hinged over two punch posts."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, rounded_box

BODIES: tuple[RGB, ...] = ((40, 40, 44), (200, 40, 40), (50, 90, 180), (200, 202, 206))
STEEL: RGB = (195, 198, 205)


def build_hole_punch(a: Assembly) -> None:
    """A hole punch: a low steel base with a long lever arm hinged over two punch posts."""
    width, depth = a.vary(0.14, 0.1), a.vary(0.11, 0.1)
    color = a.pick(BODIES)
    a.add(
        rounded_box((width, depth, 0.018), 0.006, 8, (0, 0, 0.009)),
        "base",
        (35, 35, 38),
        Tier.SECONDARY,
    )
    posts_y = -depth * 0.15
    for sx in (-1, 1):
        a.add(
            cylinder(0.011, 0.035, 12, (sx * width * 0.3, posts_y, 0.015)),
            "post",
            STEEL,
            Tier.FIXED,
        )
    a.add(
        rounded_box((width * 0.9, 0.025, 0.02), 0.006, 8, (0, posts_y, 0.045)),
        "bridge",
        STEEL,
        Tier.FIXED,
    )
    lift = a.between(4, 12)
    arm = rounded_box((width * 0.95, depth * 0.95, 0.018), 0.008, 8, (0, -depth * 0.45, 0)).rotate(
        (lift, 0, 0)
    )
    hinge_y, hinge_z = depth * 0.42, 0.05
    a.add(arm.translate((0, hinge_y, hinge_z + 0.012)), "arm", color)
    a.add(
        rod((-width * 0.45, hinge_y, hinge_z), (width * 0.45, hinge_y, hinge_z), 0.014, 12),
        "hinge",
        color,
    )
    a.add(
        rounded_box((width * 0.1, 0.05, 0.03), 0.008, 8, (0, hinge_y - 0.01, 0.025)), "hinge", color
    )


TEMPLATE = Template(
    "hole punch",
    build_hole_punch,
    0.07,
    description="an office tool that punches two holes in sheets of paper for a binder",
    synonyms=("hole puncher", "paper punch", "two hole punch", "paper puncher"),
    kinds=("three hole punch", "single hole punch"),
    parts=("base", "post", "bridge", "arm", "hinge"),
    aliases={"lever": "arm", "handle": "arm", "punch": "post"},
)
