"""A jump rope lying loose: two turned handles and the rope between them in a wavy loop."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule
from meshforge.engines.text.kit.sweeps import tube

HANDLES: tuple[RGB, ...] = (
    (200, 40, 45),
    (40, 90, 190),
    (250, 200, 40),
    (30, 30, 34),
    (190, 145, 90),
)
ROPES: tuple[RGB, ...] = ((240, 240, 235), (30, 30, 34), (240, 120, 170), (60, 170, 90))


def build_jump_rope(a: Assembly) -> None:
    """A jump rope: handles side by side, the rope curling round in a loop."""
    reach = a.vary(0.32, 0.12)
    handle_l, handle_r, rope_r = a.vary(0.15, 0.1), 0.014, 0.0045
    z = handle_r
    color = a.pick(HANDLES)
    gap = 0.06
    ends = []
    for side in (-1, 1):
        start = (side * gap, -handle_l, z)
        end = (side * gap * 0.8, 0.0, z)
        a.add(capsule(start, end, handle_r, 16, handle_r * 0.8), "handle", color)
        ends.append(end)
    # the rope: out of one handle's end, round a loose wavy loop, into the other's
    points = [ends[0]]
    steps = 14
    wobble = a.between(0.02, 0.05)
    for k in range(1, steps):
        t = math.pi * k / steps
        r = reach * (1 + wobble * math.sin(3 * t) / reach * 3)
        points.append((-math.cos(t) * r * 0.8, math.sin(t) * r * 1.2 + 0.01, rope_r))
    points.append(ends[1])
    a.add(tube(points, rope_r, 8), "rope", a.pick(ROPES), Tier.SECONDARY)


TEMPLATE = Template(
    "jump rope",
    build_jump_rope,
    0.03,
    description="a jump rope: a skipping rope with two handles for exercise",
    synonyms=("skipping rope", "jumping rope", "speed rope", "jumprope"),
    kinds=("weighted jump rope", "boxing rope"),
    parts=("handle", "rope"),
    aliases={"handles": "handle", "cord": "rope"},
)
