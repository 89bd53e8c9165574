"""A free-standing wall: brick courses in running bond, or rough stones, with a coping."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box, union

BRICKS: tuple[RGB, ...] = ((170, 70, 50), (150, 60, 45), (185, 95, 65), (130, 55, 45))
STONES: tuple[RGB, ...] = ((150, 145, 135), (125, 122, 115), (170, 160, 140), (110, 108, 104))
MORTAR: RGB = (200, 195, 185)
COPING: RGB = (175, 172, 165)


def build_wall(a: Assembly) -> None:
    """A free-standing wall: brick courses in running bond, or rough stones, with a coping."""
    length, height = a.vary(3.0, 0.15), a.vary(1.5, 0.2)
    thickness = 0.3
    stone = a.mentions("stone", "rock", "dry", "cobble", "cobblestone", "flint", "castle") or (
        not a.mentions("brick") and a.chance(0.3)
    )
    core = box((length - 0.04, thickness - 0.04, height), (0, 0, height / 2))
    a.add(core, "mortar", MORTAR, Tier.SECONDARY)
    if stone:
        _stones(a, length, height, thickness)
    else:
        _bricks(a, length, height, thickness)
    if a.maybe("coping", 0.7, "cap", "garden"):
        cap = box((length + 0.06, thickness + 0.1, 0.08), (0, 0, height + 0.04))
        a.add(cap, "coping", COPING, Tier.SECONDARY)
    if a.maybe("pier", 0.35, "pillar", "gate"):
        for sx in (-1, 1):
            pier = box(
                (0.45, thickness + 0.15, height + 0.25), (sx * length / 2, 0, (height + 0.25) / 2)
            )
            a.add(pier, "pier", a.pick(BRICKS) if not stone else STONES[0])
            a.add(
                box((0.55, thickness + 0.25, 0.08), (sx * length / 2, 0, height + 0.29)),
                "coping",
                COPING,
                Tier.SECONDARY,
            )


def _bricks(a: Assembly, length: float, height: float, thickness: float) -> None:
    """Courses of bricks a little proud of the mortar, each course offset by half a brick;
    the bricks are drawn a little large so that the bond reads at a glance."""
    brick_l, course = 0.26, 0.1
    mortar = 0.018
    rows = max(3, round(height / course))
    course = height / rows
    shades: dict[RGB, list[Manifold]] = {}
    for row in range(rows):
        offset = 0.0 if row % 2 == 0 else brick_l / 2
        x = -length / 2 - offset
        while x < length / 2 - 0.01:
            left, right = max(x, -length / 2), min(x + brick_l, length / 2)
            if right - left > 0.04:
                brick = box(
                    (right - left - mortar, thickness, course - mortar),
                    ((left + right) / 2, 0, row * course + course / 2),
                )
                shades.setdefault(a.pick(BRICKS), []).append(brick)
            x += brick_l
    _add_shades(a, shades, "brick")


def _stones(a: Assembly, length: float, height: float, thickness: float) -> None:
    """Rough courses of rounded stones of uneven length and height."""
    shades: dict[RGB, list[Manifold]] = {}
    z = 0.0
    while z < height - 0.05:
        course = min(a.between(0.14, 0.26), height - z)
        x = -length / 2
        while x < length / 2 - 0.05:
            size = min(a.between(0.2, 0.45), length / 2 - x)
            stone = rounded_box(
                (size - 0.025, thickness + a.between(0.0, 0.04), course - 0.025),
                0.035,
                8,
                (x + size / 2, 0, z + course / 2),
            )
            shades.setdefault(a.pick(STONES), []).append(stone)
            x += size
        z += course
    _add_shades(a, shades, "stone")


def _add_shades(a: Assembly, shades: dict[RGB, list[Manifold]], part: str) -> None:
    """Each shade's pieces as one solid of ``part``: a prompt's colour still paints them all."""
    for shade, pieces in shades.items():
        a.add(union(pieces), part, shade)


TEMPLATE = Template(
    "wall",
    build_wall,
    1.5,
    description="a free-standing wall of bricks or stones laid in courses with mortar",
    synonyms=("brick wall", "stone wall", "garden wall"),
    kinds=(
        "dry stone wall",
        "drystone wall",
        "retaining wall",
        "boundary wall",
        "cinder block wall",
        "cobblestone wall",
        "rock wall",
        "wall section",
        "brickwork",
    ),
    parts=("brick", "stone", "mortar", "coping", "pier"),
    aliases={"bricks": "brick", "stones": "stone", "cap": "coping", "pillar": "pier"},
)
