"""A volleyball: a white ball of panels in strips of three, the middle ones coloured."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import Vec3, box, sphere

#: the two strip colours of match balls: blue and yellow, or a plain all-white ball
STRIPES: tuple[tuple[RGB, RGB], ...] = (
    ((30, 70, 170), (245, 200, 30)),
    ((30, 70, 170), (245, 200, 30)),
    ((200, 40, 45), (30, 70, 170)),
    (WHITE, WHITE),
)


def build_volleyball(a: Assembly) -> None:
    """A volleyball: a white ball of panels in strips of three, the middle ones coloured."""
    radius = a.vary(0.105, 0.03)
    seg = a.segments(radius)
    center: Vec3 = (0.0, 0.0, radius)
    a.add(sphere(radius, seg, center), "ball", WHITE)
    first, second = a.pick(STRIPES)
    skin = sphere(radius * 1.012, seg)
    # a cube's six faces, each with its strips running along the next axis round
    for axis in range(3):
        for sign in (-1, 1):
            strip = _middle_strip(axis, sign, radius * 2) ^ skin
            color, part = (first, "stripe") if axis < 2 else (second, "band")
            a.add(
                strip.translate(center),
                part,
                color,
                Tier.SECONDARY if part == "stripe" else Tier.FIXED,
            )


def _wedge(axis: int, sign: int, reach: float, width: float) -> Manifold:
    """The pyramid from the centre through one cube face, cut to a strip ``width`` of the face."""
    size = [reach * 2, reach * 2, reach * 2]
    size[(axis + 2) % 3] = width * 2
    size[axis] = 1e-4
    far = [0.0, 0.0, 0.0]
    far[axis] = sign * reach
    tip = box((1e-4, 1e-4, 1e-4))
    return Manifold.batch_hull([tip, box((size[0], size[1], size[2]), (far[0], far[1], far[2]))])


def _middle_strip(axis: int, sign: int, reach: float) -> Manifold:
    """The middle third of one face's pyramid."""
    return _wedge(axis, sign, reach, reach / 3)


TEMPLATE = Template(
    "volleyball",
    build_volleyball,
    0.21,
    description="a light white volleyball with curved panels in strips of blue and yellow",
    synonyms=("volley ball", "beach volleyball", "volleyball ball"),
    parts=("ball", "stripe", "band"),
    aliases={"stripes": "stripe", "panels": "stripe", "panel": "stripe"},
)
