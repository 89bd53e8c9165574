"""A sawhorse: a long wooden beam on two pairs of splayed legs, braced low between them."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box

BEAM = (0.038, 0.089)  #: a 2-by-4, on edge


def _board(
    start: tuple[float, float, float], end: tuple[float, float, float], size: tuple[float, float]
) -> Manifold:
    """A square-sectioned board between two points: the hull of two thin slices."""
    ends = [box((size[0], size[1], 0.001), point) for point in (start, end)]
    return Manifold.batch_hull(ends)


def build_sawhorse(a: Assembly) -> None:
    """A sawhorse: a long wooden beam on two pairs of splayed legs, braced low between them."""
    length, height = a.vary(0.9, 0.12), a.vary(0.72, 0.08)
    splay = height * a.between(0.28, 0.36)
    wood = a.pick(WOODS)
    top = height - BEAM[1] / 2
    a.add(box((length, BEAM[0], BEAM[1]), (0, 0, top)), "beam", wood)
    end_x = length / 2 - 0.09
    for sx in (-1, 1):
        for sy in (-1, 1):
            head = (sx * end_x, sy * BEAM[0] * 0.9, top)
            foot = (sx * (end_x + 0.06), sy * splay, 0.0005)
            a.add(_board(head, foot, (0.038, 0.064)), "leg", wood)
        # a cross brace joining each pair of legs a third of the way up
        brace_z = height * 0.3
        reach = splay * 0.74
        a.add(
            box((0.02, 2 * reach, 0.07), (sx * (end_x + 0.045), 0, brace_z)),
            "brace",
            wood,
            Tier.SECONDARY,
        )
    if a.maybe("shelf", 0.4, "tray"):
        a.add(
            box((2 * end_x + 0.09, splay * 1.2, 0.018), (0, 0, height * 0.3)),
            "shelf",
            wood,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "sawhorse",
    build_sawhorse,
    0.75,
    description="a trestle with a beam on splayed legs that wood is laid on to be sawn",
    synonyms=("saw horse", "sawbuck", "saw buck", "trestle", "sawhorses", "carpenter's trestle"),
    parts=("beam", "leg", "brace", "shelf"),
    aliases={"legs": "leg", "top": "beam", "rail": "beam", "tray": "shelf"},
)
