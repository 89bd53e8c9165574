"""A sandal: a contoured sole with straps over the toes and round the ankle; a flip-flop on
request."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import sole_outline
from meshforge.engines.text.kit.gear import top_plate
from meshforge.engines.text.kit.solids import arc_tube, box, cylinder, rod

SOLES: tuple[RGB, ...] = (
    (150, 100, 60),
    (40, 40, 45),
    (230, 200, 150),
    (60, 110, 190),
    (240, 120, 160),
)
STRAPS: tuple[RGB, ...] = ((110, 70, 40), (40, 40, 45), (240, 240, 235), (200, 60, 60))


def build_sandal(a: Assembly) -> None:
    """A sandal: a contoured sole with straps over the toes and round the ankle."""
    length = a.vary(0.26, 0.06)
    width = length * 0.37
    sole_h = length * a.between(0.06, 0.1)
    a.add(top_plate(sole_outline(length, width), sole_h, 0.0, round_r=0.004), "sole", SOLES)
    strap = a.pick(STRAPS)
    flip_flop = a.mentions("flip", "flipflop", "thong", "jandal") or a.chance(0.35)
    sw = length * 0.035
    if flip_flop:
        post = (-length * 0.28, 0.0, sole_h)
        a.add(cylinder(sw * 0.5, sw * 0.8, 8, post), "strap", strap, Tier.SECONDARY)
        for side in (-1, 1):
            end = (-length * 0.02, side * width * 0.4, sole_h)
            mid = (-length * 0.16, side * width * 0.25, sole_h + length * 0.1)
            a.add(
                rod((post[0], 0, sole_h + sw * 0.8), mid, sw * 0.35, 8),
                "strap",
                strap,
                Tier.SECONDARY,
            )
            a.add(rod(mid, end, sw * 0.35, 8), "strap", strap, Tier.SECONDARY)
        return
    for x, reach in ((-length * 0.22, 0.42), (length * 0.0, 0.38), (length * 0.34, 0.36)):
        # arc_tube bends over +Z in the XZ plane; a quarter turn lays it across the foot
        band = arc_tube((0, 0, sole_h * 0.6), width * reach, sw * 0.5, 24, 0.0, 180.0)
        a.add(band.rotate((0, 0, 90)).translate((x, 0, 0)), "strap", strap, Tier.SECONDARY)
    if a.maybe("heel strap", 0.6):
        heel_x = length * 0.42
        a.add(
            box((sw, width * 0.5, length * 0.14), (heel_x, 0, sole_h + length * 0.06)),
            "strap",
            strap,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "sandal",
    build_sandal,
    0.1,
    description="an open summer shoe: a flat sole held on the foot by straps",
    synonyms=(
        "sandals",
        "flip flop",
        "flip flops",
        "flipflops",
        "thong sandal",
        "slipper",
        "slippers",
        "slide sandal",
        "slides",
    ),
    kinds=("gladiator sandal", "beach sandal", "jandal", "pool slides"),
    parts=("sole", "strap", "heel strap"),
    aliases={"straps": "strap", "footbed": "sole", "base": "sole"},
)
