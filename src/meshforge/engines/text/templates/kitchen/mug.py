"""A straight-walled mug with a C handle; "coffee"/"tea" fills it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, subtract, vessel
from meshforge.engines.text.kit.tableware import CERAMICS, cup_handle

COFFEE: RGB = (75, 45, 25)


def build_mug(a: Assembly) -> None:
    """A straight-walled mug with a C handle; "coffee"/"tea" fills it."""
    height, radius = a.vary(0.095, 0.12), a.vary(0.041, 0.12)
    wall = 0.005
    body_color = a.pick(CERAMICS)
    flare = a.between(0.0, 0.006)
    outer = [(radius - 0.003, 0.0), (radius, 0.003), (radius + flare, height)]
    a.add(vessel(outer, wall, 0.008, a.segments(radius)), "body", body_color)
    if a.wants("handle"):
        reach = height * a.between(0.24, 0.32)
        handle = cup_handle(a, radius - 0.001, height * 0.52, reach, 0.006, a.between(1.0, 1.3))
        cavity = cylinder(radius - wall, height, a.segments(radius), (0, 0, 0.008))
        a.add(subtract(handle, cavity), "handle", body_color)
    if a.wants("coffee") and a.mentions("coffee", "tea", "cocoa", "latte", "espresso", "hot"):
        level = 0.78
        inner = radius + flare * level - wall + 0.001
        # filled from the floor up: a thin disc would seal an empty void under it
        a.add(
            cylinder(inner, height * level - 0.006, a.segments(radius), (0, 0, 0.006)),
            "coffee",
            COFFEE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "mug",
    build_mug,
    0.1,
    description="a cylindrical drinking vessel with a handle",
    synonyms=("coffee mug", "tea mug", "tankard", "beer mug"),
    kinds=("travel mug", "enamel mug"),
    parts=("body", "handle", "coffee"),
    aliases={"tea": "coffee", "drink": "coffee"},
)
