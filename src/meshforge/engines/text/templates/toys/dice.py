"""A six-sided die: a rounded cube with dark pips, opposite faces adding up to seven."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE
from meshforge.engines.text.kit.solids import rod, rounded_box, union

BODIES: tuple[RGB, ...] = (WHITE, WHITE, (200, 30, 40), (30, 30, 34), (40, 90, 180), (245, 200, 40))
#: pip positions on a face, in face units (-1..1)
PIPS: dict[int, tuple[tuple[float, float], ...]] = {
    1: ((0.0, 0.0),),
    2: ((-0.5, -0.5), (0.5, 0.5)),
    3: ((-0.5, -0.5), (0.0, 0.0), (0.5, 0.5)),
    4: ((-0.5, -0.5), (0.5, 0.5), (-0.5, 0.5), (0.5, -0.5)),
    5: ((-0.5, -0.5), (0.5, 0.5), (-0.5, 0.5), (0.5, -0.5), (0.0, 0.0)),
    6: ((-0.5, -0.5), (-0.5, 0.0), (-0.5, 0.5), (0.5, -0.5), (0.5, 0.0), (0.5, 0.5)),
}


def build_dice(a: Assembly) -> None:
    """A six-sided die: a rounded cube with dark pips, opposite faces adding up to seven."""
    size = a.vary(0.016, 0.1) * (3.0 if a.mentions("giant", "fuzzy", "foam") else 1.0)
    half = size / 2
    body_color = a.pick(BODIES)
    pip_color = WHITE if body_color in ((200, 30, 40), (30, 30, 34), (40, 90, 180)) else BLACK
    cube = rounded_box((size, size, size), size * 0.14, 24, (0, 0, half))
    pip_r = size * 0.09
    # faces: (+Z 1, -Z 6), (-Y 2, +Y 5), (+X 3, -X 4)
    faces = (
        (1, lambda u, v: (u, v, size)),
        (6, lambda u, v: (u, v, 0.0)),
        (2, lambda u, v: (u, -half, half + v)),
        (5, lambda u, v: (u, half, half + v)),
        (3, lambda u, v: (half, u, half + v)),
        (4, lambda u, v: (-half, u, half + v)),
    )
    pips = []
    for count, at in faces:
        for u, v in PIPS[count]:
            point = at(u * half * 0.8, v * half * 0.8)
            # a flat dot, sunk into the face with a hair standing proud so that it always shows
            inner = _toward_centre(point, (0.0, 0.0, half), pip_r * 0.3)
            outer = _toward_centre(point, (0.0, 0.0, half), -size * 0.004)
            pips.append(rod(inner, outer, pip_r, 12))
    a.add(cube, "die", body_color)
    if a.wants("pip"):
        a.add(union(pips), "pip", pip_color, Tier.FIXED)


def _toward_centre(
    point: tuple[float, float, float], centre: tuple[float, float, float], by: float
) -> tuple[float, float, float]:
    """``point`` moved ``by`` towards ``centre`` along the face normal (the largest axis)."""
    d = [p - c for p, c in zip(point, centre, strict=True)]
    axis = max(range(3), key=lambda i: abs(d[i]))
    moved = list(point)
    moved[axis] -= by if d[axis] > 0 else -by
    return (moved[0], moved[1], moved[2])


TEMPLATE = Template(
    "dice",
    build_dice,
    0.02,
    description="a small cube with one to six dots on its faces, rolled in games",
    synonyms=("die", "game die", "d6", "pair of dice", "six sided die"),
    kinds=("casino dice", "fuzzy dice", "board game dice"),
    parts=("die", "pip"),
    aliases={"dot": "pip", "cube": "die", "body": "die"},
)
