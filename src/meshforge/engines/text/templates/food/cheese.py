"""A wedge of cheese cut from a wheel: a yellow triangular block with a rind and holes."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, prism, sphere, subtract

CHEESES: tuple[RGB, ...] = ((250, 205, 80), (245, 220, 130), (240, 180, 60))
RINDS: tuple[RGB, ...] = ((215, 150, 40), (190, 40, 35), (235, 200, 110))


def build_cheese(a: Assembly) -> None:
    """A wedge of cheese cut from a wheel: a yellow triangular block with a rind and holes."""
    radius, height = a.vary(0.14, 0.1), a.vary(0.07, 0.15)
    half = math.radians(a.between(20, 30))
    apex = (0.0, -radius * 0.55)
    arc = [
        (apex[0] + radius * math.sin(t), apex[1] + radius * math.cos(t))
        for t in [-half + 2 * half * k / 12 for k in range(13)]
    ]
    wedge = prism([apex, *arc], height)
    holes = []
    if a.wants("hole"):
        for _ in range(a.count("hole", a.pick((5, 7, 9)), 0, 16)):
            d = radius * a.between(0.25, 0.95)
            t = a.between(-half, half)
            z = height * a.pick((0.0, 1.0, a.between(0.2, 0.8)))
            x, y = apex[0] + d * math.sin(t), apex[1] + d * math.cos(t)
            if z not in (0.0, 1.0 * height):  # a hole on the cut face
                x = apex[0] + d * math.sin(half * a.pick((-1, 1)))
                y = apex[1] + d * math.cos(half)
            holes.append(sphere(radius * a.between(0.05, 0.1), 12, (x, y, z)))
    a.add(subtract(wedge, *holes), "cheese", a.pick(CHEESES))
    if a.wants("rind"):
        ring = cylinder(radius + 0.004, height, a.segments(radius), (apex[0], apex[1], 0))
        inner = cylinder(
            radius - 0.002, height + 0.01, a.segments(radius), (apex[0], apex[1], -0.005)
        )
        fence = prism(
            [apex, *[(apex[0] + 2 * (x - apex[0]), apex[1] + 2 * (y - apex[1])) for x, y in arc]],
            height,
        )
        a.add(subtract(ring, inner) ^ fence, "rind", a.pick(RINDS), Tier.SECONDARY)


TEMPLATE = Template(
    "cheese",
    build_cheese,
    0.07,
    description="a triangular wedge of yellow cheese with holes",
    synonyms=("cheese wedge", "wedge of cheese", "block of cheese", "swiss cheese"),
    kinds=("cheddar", "emmental", "gouda", "parmesan", "brie"),
    not_claimed=(
        "cheese grater",
        "cheese board",
    ),
    parts=("cheese", "rind", "hole"),
    aliases={"skin": "rind", "wax": "rind"},
)
