"""A frying pan: a wide shallow dark pan with a long handle; "egg" puts a fried egg in it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, rod, vessel

PANS: tuple[RGB, ...] = ((40, 40, 44), (60, 60, 66), (200, 203, 208), (30, 30, 30))
HANDLES: tuple[RGB, ...] = ((30, 30, 32), (120, 80, 45), (200, 203, 208))


def build_frying_pan(a: Assembly) -> None:
    """A frying pan: a wide shallow dark pan with a long handle; "egg" puts a fried egg in it."""
    r, depth = a.vary(0.13, 0.1), a.vary(0.045, 0.15)
    wall = 0.004
    pan = vessel(
        [(r * 0.8, 0.0), (r * 0.84, depth * 0.3), (r, depth)], wall, wall * 1.5, a.segments(r)
    )
    a.add(pan, "pan", a.pick(PANS))
    length = r * a.between(1.3, 1.6)
    start = (r - 0.01, 0, depth * 0.85)
    end = (r + length, 0, depth * 0.85 + length * 0.18)
    a.add(rod((r * 0.92, 0, depth * 0.7), start, 0.01, 8), "handle", a.pick(PANS), Tier.FIXED)
    a.add(
        capsule(start, end, 0.013, a.segments(0.02))
        .scale((1, 1.3, 0.8))
        .translate((0, 0, depth * 0.17)),
        "handle",
        a.pick(HANDLES),
        Tier.SECONDARY,
    )
    if a.maybe("egg", 0.0, "eggs", "fried"):
        white = cylinder(r * 0.45, 0.006, a.segments(r), (0, 0, wall * 1.5 - 0.001))
        a.add(white, "egg", (250, 250, 245), Tier.FIXED)
        a.add(
            ellipsoid((r * 0.16, r * 0.16, 0.01), 16, (r * 0.05, 0, wall * 1.5 + 0.004)),
            "yolk",
            (250, 180, 30),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "frying pan",
    build_frying_pan,
    0.06,
    description="a flat round frying pan with a long handle, for cooking on a stove",
    synonyms=("skillet", "fry pan", "frypan", "pan", "wok", "cast iron pan", "non stick pan"),
    kinds=("cast iron skillet", "omelette pan", "crepe pan"),
    not_claimed=("dust pan", "pan flute", "peter pan", "pan pipes"),
    parts=("pan", "handle", "egg", "yolk"),
    aliases={},
)
