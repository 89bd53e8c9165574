"""A Y-peeler lying flat: a handle forking into two arms that hold a slotted blade across."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import box, capsule, subtract
from meshforge.engines.text.kit.sweeps import tube

HANDLES: tuple[RGB, ...] = (
    (35, 35, 38),
    (200, 45, 45),
    (90, 170, 80),
    (250, 200, 50),
    (240, 240, 236),
)


def build_vegetable_peeler(a: Assembly) -> None:
    """A Y-peeler: a handle forking into two arms that hold a slotted blade across their ends."""
    handle_l, fork = a.vary(0.1, 0.1), a.vary(0.04, 0.12)
    gap = a.vary(0.032, 0.1)
    z = 0.008
    handle = capsule((-handle_l, 0, z), (0, 0, z), 0.011, a.segments(0.011), 0.008)
    a.add(handle.scale((1, 1, 0.7)), "handle", HANDLES)
    color = a.color("handle", HANDLES)
    for side in (-1, 1):
        arm = tube(
            [(-0.01, 0, z), (fork * 0.4, side * gap * 0.35, z), (fork, side * gap, z)], 0.0045, 10
        )
        a.add(arm.scale((1, 1, 0.8)), "handle", color)
    blade = box((0.014, gap * 2 + 0.004, 0.0025), (fork, 0, z))
    slot = box((0.004, gap * 1.5, 0.01), (fork, 0, z))
    a.add(subtract(blade, slot), "blade", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "vegetable peeler",
    build_vegetable_peeler,
    0.02,
    description="a vegetable peeler: a handle with a Y fork holding a slotted blade for peeling",
    synonyms=(
        "peeler",
        "potato peeler",
        "y peeler",
        "speed peeler",
        "swivel peeler",
        "fruit peeler",
    ),
    parts=("handle", "blade"),
    aliases={"arms": "handle", "fork": "handle"},
)
