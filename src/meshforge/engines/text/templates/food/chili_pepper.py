"""A chili pepper: a slim glossy red pod curving to a point, capped green, with a bent stalk."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, sphere, union
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vegetables import stalk

REDS: tuple[RGB, ...] = ((200, 25, 20), (185, 20, 25), (215, 45, 20))
GREEN_POD: RGB = (70, 140, 40)
STALK: RGB = (80, 120, 50)


def build_chili_pepper(a: Assembly) -> None:
    """A chili pepper: a slim glossy red pod curving to a point, capped green, with a bent stalk."""
    length, radius = a.vary(0.12, 0.15), a.vary(0.011, 0.12)
    bend = math.radians(a.between(40, 80))
    arc = length / bend

    def at(t: float) -> Vec3:
        # the pod curls down and round in the ground plane, resting on its side
        angle = bend * t
        return (arc * math.sin(angle) - length / 2, arc * (1 - math.cos(angle)), radius)

    path = [at(k / 8) for k in range(9)]
    pod = tube(path, radius, a.segments(radius * 3), radius * 0.12)
    green = a.mentions("green", "jalapeno")
    a.add(pod, "pod", (GREEN_POD,) if green else REDS)
    if a.wants("stalk"):
        base = path[0]
        cap = sphere(radius * 1.05, 12, (base[0] + radius * 0.2, base[1], base[2]))
        tip = (base[0] - length * 0.18, base[1] - length * 0.04, base[2] + length * 0.1)
        a.add(union([cap, stalk(base, tip, radius * 0.3)]), "stalk", STALK, Tier.FIXED)


TEMPLATE = Template(
    "chili pepper",
    build_chili_pepper,
    0.025,
    description="a slim curved red hot chili pepper with a green stalk",
    synonyms=(
        "chili",
        "chilli",
        "chile",
        "chilli pepper",
        "chile pepper",
        "hot pepper",
        "red chili",
        "jalapeno",
        "cayenne",
        "chilies",
        "chillies",
    ),
    kinds=("habanero",),
    not_claimed=("chili dog", "chili con carne", "chili sauce"),
    parts=("pod", "stalk"),
    aliases={"stem": "stalk", "cap": "stalk", "skin": "pod", "body": "pod", "pepper": "pod"},
)
