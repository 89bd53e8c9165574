"""A waffle iron: two round gridded plates in a hinged clamshell with a long handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import box, cylinder, rod, union

SHELLS = (CHROME, BLACK_PLASTIC, (200, 50, 45), (240, 240, 238))


def build_waffle_iron(a: Assembly) -> None:
    """A round clamshell on a base, its lid scored with the waffle grid, a handle out front."""
    r = a.vary(0.12, 0.1)
    h = a.vary(0.05, 0.1)
    color = a.pick(SHELLS)
    square = a.mentions("square") or a.chance(0.3)
    shell = (
        box((r * 2, r * 2, h), (0, 0, h / 2 + 0.02))
        if square
        else cylinder(r, h, a.segments(r), (0, 0, 0.02))
    )
    a.add(shell, "body", color)
    a.add(cylinder(r * 0.8, 0.026, a.segments(r), (0, 0, 0.0)), "base", BLACK_PLASTIC, Tier.FIXED)
    # the lid's top shows the waffle grid it presses
    cell = r * 0.3
    bars = [box((r * 1.5, 0.006, 0.006), (0, (k - 2) * cell, h + 0.022)) for k in range(5)]
    bars += [box((0.006, r * 1.5, 0.006), ((k - 2) * cell, 0, h + 0.022)) for k in range(5)]
    a.add(union(bars), "grid", a.pick((BLACK_PLASTIC, color)), Tier.SECONDARY)
    a.add(
        rod((0, -r * 0.9, h * 0.6 + 0.02), (0, -r - 0.12, h * 0.6 + 0.02), 0.014, 12),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        rod((-0.04, r * 0.98, h * 0.5 + 0.02), (0.04, r * 0.98, h * 0.5 + 0.02), 0.015, 12),
        "hinge",
        CHROME,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "waffle iron",
    build_waffle_iron,
    0.08,
    description="a waffle iron, a hinged electric clamshell with gridded plates for making waffles",
    synonyms=("waffle maker", "waffle irons", "waffle makers", "belgian waffle maker"),
    kinds=("stovetop waffle iron",),
    parts=("body", "base", "grid", "handle", "hinge"),
    aliases={"lid": "body", "plate": "grid", "plates": "grid", "grip": "handle"},
)
