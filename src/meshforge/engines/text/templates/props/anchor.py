"""A ship's anchor: ring, stock, shank and two curved arms ending in flukes."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, rod, sphere
from meshforge.engines.text.kit.sweeps import face_prism, hoop

ANCHOR_METALS: tuple[RGB, ...] = ((45, 45, 50), (30, 50, 90), (120, 120, 125))


def build_anchor(a: Assembly) -> None:
    """A ship's anchor: ring, stock, shank and two curved arms ending in flukes."""
    height, metal = a.vary(1.0, 0.1), a.pick(ANCHOR_METALS)
    thick = height * 0.04
    arm_r = height * a.vary(0.32, 0.08)
    crown_z = thick * 1.2
    top = height - height * 0.1
    a.add(rod((0, 0, crown_z), (0, 0, top), thick, a.segments(thick)), "shank", metal)
    a.add(
        hoop(height * 0.07, thick * 0.6, a.segments(height * 0.07))
        .rotate((90, 0, 0))
        .translate((0, 0, top + height * 0.06)),
        "ring",
        metal,
    )
    stock_z = top - height * 0.08
    a.add(
        rod(
            (-height * 0.22, 0, stock_z),
            (height * 0.22, 0, stock_z),
            thick * 0.8,
            a.segments(thick),
        ),
        "stock",
        metal,
    )
    for side in (-1, 1):
        a.add(
            sphere(thick * 1.1, a.segments(thick), (side * height * 0.22, 0, stock_z)),
            "stock",
            metal,
        )
    arms = arc_tube((0, 0, crown_z + arm_r), arm_r, thick * 0.9, a.segments(arm_r), 200.0, 140.0)
    a.add(arms, "arm", metal)
    for side in (-1, 1):
        angle = math.radians(200.0 if side < 0 else 340.0)
        tip = (arm_r * math.cos(angle), crown_z + arm_r + arm_r * math.sin(angle))
        fluke = face_prism(
            [
                (tip[0] - side * thick, tip[1] - thick * 1.5),
                (tip[0] + side * thick * 3.5, tip[1] + thick * 3.5),
                (tip[0] - side * thick * 1.5, tip[1] + thick * 2.5),
            ],
            thick * 1.2,
        )
        a.add(fluke, "fluke", metal)
    a.add(sphere(thick * 1.3, a.segments(thick), (0, 0, crown_z)), "arm", metal)
    if a.maybe("rope", 0.35):
        rope = hoop(height * 0.12, thick * 0.35, a.segments(height * 0.12)).rotate((75, 0, 0))
        a.add(rope.translate((0, 0, top - height * 0.02)), "rope", (200, 170, 120), Tier.SECONDARY)


TEMPLATE = Template(
    "anchor",
    build_anchor,
    1.0,
    description="a heavy metal hook that holds a ship in place",
    synonyms=("ship anchor", "boat anchor", "ships anchor"),
    parts=("shank", "ring", "stock", "arm", "fluke", "rope"),
    aliases={"chain": "rope", "crossbar": "stock"},
)
