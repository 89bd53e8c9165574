"""Kitchen tongs lying on the table: two sprung steel arms from a looped hinge, splayed to pads."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import ellipsoid
from meshforge.engines.text.kit.sweeps import hoop, tube

GRIPS: tuple[RGB, ...] = (
    (35, 35, 38),
    (200, 45, 45),
    (60, 110, 180),
    (240, 140, 40),
    (90, 160, 90),
)


def build_tongs(a: Assembly) -> None:
    """Kitchen tongs: two sprung arms from a looped hinge, splayed apart to scalloped pads."""
    length, spread = a.vary(0.28, 0.1), a.vary(0.045, 0.2)
    z = 0.012
    half = length / 2
    color = a.color("tip", GRIPS)
    for side in (-1, 1):
        arm = tube(
            [
                (-half, side * 0.006, z),
                (-half * 0.4, side * spread * 0.35, z),
                (half * 0.4, side * spread * 0.75, z),
                (half - 0.02, side * spread, z),
            ],
            0.007,
            10,
        ).scale((1, 1.8, 0.5))
        a.add(arm.translate((0, 0, z * 0.5)), "arm", STEEL, Tier.FIXED)
        pad = ellipsoid((0.03, 0.016, 0.007), 16, (half - 0.02, side * spread * 1.5, z))
        a.add(pad, "tip", color)
        if a.wants("grip"):
            grip = ellipsoid((0.045, 0.011, 0.009), 16, (-half * 0.55, side * spread * 0.45, z))
            a.add(grip, "grip", a.color("grip", color))
    a.add(hoop(0.012, 0.0035, 16, (-half - 0.008, 0, z)), "hinge", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "tongs",
    build_tongs,
    0.03,
    description="a pair of kitchen tongs: two long steel arms joined at one end for gripping food",
    synonyms=(
        "pair of tongs",
        "kitchen tongs",
        "cooking tongs",
        "salad tongs",
        "serving tongs",
        "bbq tongs",
        "grill tongs",
    ),
    parts=("arm", "tip", "grip", "hinge"),
    aliases={
        "arms": "arm",
        "tips": "tip",
        "pads": "tip",
        "pad": "tip",
        "handle": "grip",
        "loop": "hinge",
    },
)
