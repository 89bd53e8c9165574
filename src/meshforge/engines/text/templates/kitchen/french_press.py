"""A french press: a glass beaker of coffee in a metal frame, a lid with a plunger, a handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, sphere, union
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import GLASS

FRAMES: tuple[RGB, ...] = ((200, 204, 210), (200, 204, 210), (30, 30, 34), (180, 140, 70))
COFFEE: RGB = (70, 40, 25)


def build_french_press(a: Assembly) -> None:
    """A french press: a glass cylinder, coffee inside, a metal base, lid, plunger and handle."""
    radius, height = a.vary(0.05, 0.12), a.vary(0.17, 0.12)
    seg = a.segments(radius)
    frame = a.pick(FRAMES)
    metal = MATERIALS["chrome"] if frame == FRAMES[0] else None
    a.add(cylinder(radius, height, seg, (0, 0, 0.012)), "glass", GLASS, Tier.FIXED)
    if a.wants("coffee"):
        level = height * a.between(0.55, 0.8)
        a.add(cylinder(radius + 0.0008, level, seg, (0, 0, 0.016)), "coffee", COFFEE, Tier.FIXED)
    # the frame: a footed base cup, a band near the top, and the lid
    a.add(cylinder(radius * 1.06, 0.03, seg, (0, 0, 0.0)), "frame", frame, material=metal)
    a.add(
        cylinder(radius * 1.05, 0.012, seg, (0, 0, height - 0.005)), "frame", frame, material=metal
    )
    lid_z = height + 0.007
    a.add(
        cylinder(radius * 1.04, 0.014, seg, (0, 0, lid_z), radius * 0.8),
        "frame",
        frame,
        material=metal,
    )
    top = lid_z + 0.014 + a.vary(0.06, 0.2)
    a.add(rod((0, 0, lid_z + 0.01), (0, 0, top), 0.0035, 10), "plunger", frame, Tier.FIXED)
    a.add(sphere(0.012, 16, (0, 0, top + 0.006)), "plunger", (30, 30, 34), Tier.FIXED)
    # the handle: a C loop from the top band down to the base, off the +X side
    x = radius * 1.04
    grip = [
        (x, 0, height * 0.92),
        (x + 0.045, 0, height * 0.85),
        (x + 0.05, 0, height * 0.4),
        (x, 0, height * 0.2),
    ]
    a.add(
        union([tube(grip, 0.008, 10)]), "handle", (30, 30, 34) if metal else frame, Tier.SECONDARY
    )
    # the pouring spout: a small lip on the -X side of the top band
    a.add(sphere(0.009, 12, (-radius * 1.02, 0, height + 0.003)), "frame", frame, material=metal)


TEMPLATE = Template(
    "french press",
    build_french_press,
    0.25,
    description="a french press: a glass coffee maker with a metal plunger and handle",
    synonyms=(
        "cafetiere",
        "coffee press",
        "press pot",
        "coffee plunger",
    ),
    kinds=("plunger pot", "tea press"),
    parts=("glass", "coffee", "frame", "plunger", "handle"),
    aliases={"beaker": "glass", "lid": "frame", "base": "frame", "knob": "plunger"},
)
