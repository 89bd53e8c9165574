"""A doghouse: a small wooden kennel with a pitched roof and an arched doorway, sometimes a name."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, subtract, union
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

PAINTS: tuple[RGB, ...] = (*WOODS, (190, 40, 40), (240, 235, 220), (70, 110, 160))
ROOFS: tuple[RGB, ...] = ((180, 40, 35), (60, 60, 66), (50, 90, 60), (120, 75, 40))
DARK: RGB = (25, 22, 20)


def build_doghouse(a: Assembly) -> None:
    """A doghouse: a small wooden kennel with a pitched roof and an arched doorway."""
    width, depth, wall_h = a.vary(0.8, 0.08), a.vary(1.0, 0.08), a.vary(0.65, 0.08)
    pitch = a.vary(0.35, 0.15)
    paint = a.pick(PAINTS)
    walls = box((width, depth, wall_h), (0, 0, wall_h / 2))
    door_w = width * 0.5
    door = union(
        [
            box((door_w, 0.2, wall_h * 0.45), (0, -depth / 2, wall_h * 0.225 + 0.04)),
            front_disc(door_w / 2, 0.2, a.segments(door_w), 0, wall_h * 0.49, -depth / 2),
        ]
    )
    a.add(subtract(walls, door), "wall", paint)
    a.add(
        box((door_w * 0.98, 0.02, wall_h * 0.7), (0, -depth / 2 + 0.1, wall_h * 0.36)),
        "door",
        DARK,
        Tier.FIXED,
    )
    # the gable ends, then two roof planes meeting at the ridge and overhanging the walls
    gable = face_prism(
        [(-width / 2, wall_h - 0.01), (width / 2, wall_h - 0.01), (0.0, wall_h + pitch)], depth
    )
    a.add(gable, "wall", paint)
    slope = math.hypot(pitch, width / 2)
    angle = math.degrees(math.atan2(pitch, width / 2))
    for side in (-1, 1):
        plane = box((slope + 0.14, depth + 0.16, 0.04)).rotate((0, side * angle, 0))
        center = (side * (width / 4 + 0.01), 0, wall_h + pitch / 2 + 0.01)
        a.add(plane.translate(center), "roof", ROOFS, Tier.SECONDARY)
    if a.maybe("sign", 0.4, "name"):
        sign = box((width * 0.4, 0.02, 0.08), (0, -depth / 2 - 0.005, wall_h + pitch * 0.3))
        a.add(sign, "sign", (240, 230, 200), Tier.FIXED)


TEMPLATE = Template(
    "doghouse",
    build_doghouse,
    1.0,
    description="a small wooden dog kennel with a pitched roof and an arched door",
    synonyms=("dog house", "kennel", "dog kennel", "doggy house"),
    kinds=("dog shed",),
    parts=("wall", "door", "roof", "sign"),
    aliases={"walls": "wall", "doorway": "door", "body": "wall", "name": "sign"},
)
