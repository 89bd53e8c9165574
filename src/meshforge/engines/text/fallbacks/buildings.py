"""The building archetype: a generic two- or three-storey hall for a building with no template.

Rows of windows, a door under a canopy, and a roof chosen by seed (pitched, flat with a
parapet, or a dome), so "a fire station" or "a museum" is recognisably a building in the
prompt's colours and size, not another template's house or castle.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR
from meshforge.engines.text.kit.solids import box, dome, side_prism

CATEGORY = "buildings"
WALLS = ((215, 200, 175), (180, 90, 70), (200, 200, 195), (235, 225, 205))
ROOFS = ((110, 60, 50), (70, 70, 78), (150, 150, 150))
GLASS = (70, 100, 135)


def build_building(a: Assembly) -> None:
    """A block with window rows, a door with a canopy and a seeded roof."""
    floors = a.count("floor", a.pick((2, 2, 3)), 1, 6)
    storey = a.vary(3.0, 0.08)
    width, depth = a.vary(10.0, 0.2), a.vary(7.0, 0.2)
    height = floors * storey
    a.add(box((width, depth, height), (0.0, 0.0, height / 2)), "wall", WALLS)
    a.add(box((width + 0.3, depth + 0.3, 0.4), (0.0, 0.0, 0.2)), "base", ROOFS, Tier.SECONDARY)
    columns = max(3, int(width / 2.2))
    for floor in range(floors):
        z = floor * storey + storey * 0.55
        for k in range(columns):
            x = -width / 2 + width * (k + 0.5) / columns
            if floor == 0 and abs(x) < width / columns * 0.6:
                continue  # the door's place
            a.add(box((1.1, 0.2, 1.4), (x, -depth / 2, z)), "window", GLASS, Tier.FIXED)
    a.add(box((1.6, 0.25, 2.3), (0.0, -depth / 2, 1.15)), "door", DOOR, Tier.FIXED)
    a.add(box((2.6, 1.0, 0.15), (0.0, -depth / 2 - 0.45, 2.55)), "canopy", ROOFS, Tier.SECONDARY)
    roof = a.pick(("pitched", "flat", "dome"))
    if roof == "pitched":
        rise = depth * a.between(0.25, 0.4)
        gable = [(-depth / 2 - 0.3, 0.0), (depth / 2 + 0.3, 0.0), (0.0, rise)]
        a.add(
            side_prism(gable, width + 0.6).translate((0.0, 0.0, height)),
            "roof",
            ROOFS,
            Tier.SECONDARY,
        )
    elif roof == "flat":
        a.add(
            box((width + 0.4, depth + 0.4, 0.6), (0.0, 0.0, height + 0.3)),
            "roof",
            ROOFS,
            Tier.SECONDARY,
        )
    else:
        a.add(box((width, depth, 0.4), (0.0, 0.0, height + 0.2)), "roof", ROOFS, Tier.SECONDARY)
        r = min(width, depth) * 0.35
        a.add(
            dome((r, r, r * 0.9), a.segments(r), (0.0, 0.0, height + 0.35)),
            "roof",
            ROOFS,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "building",
    build_building,
    8.0,
    description="a building of no particular kind: storeys of windows, a door and a roof",
    parts=("wall", "base", "window", "door", "canopy", "roof", "floor"),
    aliases={"walls": "wall", "windows": "window", "storey": "floor", "story": "floor"},
)
