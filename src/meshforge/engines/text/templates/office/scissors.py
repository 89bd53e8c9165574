"""A pair of scissors lying flat: two crossed steel blades on a pivot and finger loops."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, prism
from meshforge.engines.text.kit.sweeps import hoop

HANDLES: tuple[RGB, ...] = (
    (220, 40, 40),
    (40, 90, 190),
    (245, 140, 30),
    (30, 30, 33),
    (60, 160, 80),
)
STEEL: RGB = (200, 204, 210)


def build_scissors(a: Assembly) -> None:
    """A pair of scissors lying flat: two crossed blades on a pivot and two finger loops."""
    blade_l, loop_r = a.vary(0.1, 0.1), a.vary(0.018, 0.1)
    spread = a.between(8, 22)
    color = a.pick(HANDLES)
    thick = 0.003
    for side, z in ((-1, 0.0), (1, thick)):
        blade = prism(
            [
                (0, -0.007),
                (blade_l, -0.001),
                (blade_l, 0.001),
                (0, 0.008),
                (-0.02, 0.006),
                (-0.02, -0.006),
            ],
            thick,
            (0, 0, z),
        )
        # each loop sits across the pivot from its own blade, so opening the blades spreads
        # the loops apart too; side by side, not stacked (stacked, they read as one ring)
        offset = -side * loop_r * 1.05
        loop_centre = (-0.02 - loop_r * 1.1, offset)
        ring = hoop(
            loop_r, 0.0045, a.segments(loop_r), (loop_centre[0], loop_centre[1], z + thick / 2)
        )
        shank = prism(
            [
                (-0.018, -0.005),
                (-0.018, 0.005),
                (loop_centre[0] + loop_r * 0.6, offset + 0.005),
                (loop_centre[0] + loop_r * 0.6, offset - 0.005),
            ],
            thick * 1.6,
            (0, 0, z - thick * 0.3),
        )
        turn = (0, 0, side * spread / 2)
        a.add(blade.rotate(turn).translate((0, 0, 0.0045)), "blade", STEEL, Tier.FIXED)
        a.add(ring.rotate(turn).translate((0, 0, 0.0045)), "handle", color)
        a.add(shank.rotate(turn).translate((0, 0, 0.0045)), "handle", color)
    a.add(cylinder(0.004, thick * 2 + 0.002, 12, (0, 0, 0.0035)), "pivot", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "scissors",
    build_scissors,
    0.01,
    description="a pair of scissors with two steel blades and plastic finger loops",
    synonyms=("pair of scissors", "shears", "paper scissors", "craft scissors", "kitchen scissors"),
    kinds=("hair scissors", "tailor scissors"),
    parts=("blade", "handle", "pivot"),
    aliases={"loop": "handle", "screw": "pivot"},
)
