"""An igloo: a snow-block dome with a tunnel entrance and the joints between blocks showing."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, subtract, union

SNOW: tuple[RGB, ...] = ((240, 245, 250), (230, 240, 248), (245, 248, 252))
JOINT: RGB = (185, 205, 225)
DARK: RGB = (40, 55, 75)


def build_igloo(a: Assembly) -> None:
    """An igloo: a snow-block dome with a tunnel entrance and the joints between blocks showing."""
    r = a.vary(1.6, 0.08)
    snow = a.pick(SNOW)
    h = r * a.between(0.85, 1.0)
    a.add(dome((r, r, h), a.segments(r)), "dome", snow)
    # block courses: thin discs whose rims stand just proud of the dome, each where it is that wide
    rings = [
        cylinder(r * math.cos(q) + 0.015, 0.035, a.segments(r), (0, 0, h * math.sin(q) - 0.02))
        for q in (k * math.pi / 2 / 5 for k in range(1, 5))
    ]
    a.add(union(rings), "joint", JOINT, Tier.FIXED)
    if a.wants("tunnel"):
        tr = r * 0.42
        length = r * a.between(0.6, 0.8)
        arch = union(
            [
                rod((0, -r * 0.6, tr * 0.7), (0, -r - length * 0.6, tr * 0.7), tr, a.segments(tr)),
                box(
                    (tr * 2, length + r * 0.4, tr * 0.7),
                    (0, -r - length * 0.6 + (length + r * 0.4) / 2, tr * 0.35),
                ),
            ]
        )
        floor_cut = box((tr * 3, length * 3, tr), (0, -r, -tr / 2))
        a.add(subtract(arch, floor_cut), "tunnel", snow)
        door = union(
            [
                rod(
                    (0, -r - length * 0.55, tr * 0.7),
                    (0, -r - length * 0.62, tr * 0.7),
                    tr * 0.7,
                    a.segments(tr),
                ),
                box((tr * 1.4, length * 0.07, tr * 0.7), (0, -r - length * 0.585, tr * 0.35)),
            ]
        )
        a.add(subtract(door, floor_cut), "door", DARK, Tier.FIXED)


TEMPLATE = Template(
    "igloo",
    build_igloo,
    1.6,
    description="an eskimo snow house: a dome of snow blocks with a low tunnel entrance",
    synonyms=("snow house", "snowhouse", "ice house", "iglu"),
    kinds=("snow hut", "ice igloo"),
    parts=("dome", "joint", "tunnel", "door"),
    aliases={"snow": "dome", "blocks": "dome", "entrance": "tunnel", "doorway": "door"},
)
