"""A citrus press: a ribbed reamer cone in the middle of a round dish with a spout and a handle."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, ellipsoid, vessel
from meshforge.engines.text.kit.tableware import GLASS

PRESSES: tuple[RGB, ...] = (GLASS, (245, 244, 238), (250, 215, 60), (240, 140, 40), (200, 204, 210))


def _reamer(radius: float, height: float, ribs: int) -> Manifold:
    """A ribbed cone: a star outline extruded upward, shrinking to a point."""
    points = []
    for k in range(ribs * 2):
        angle = math.pi * k / ribs
        r = radius if k % 2 == 0 else radius * 0.72
        points.append((r * math.cos(angle), r * math.sin(angle)))
    star = CrossSection([points])
    return Manifold.extrude(star, height, n_divisions=4, scale_top=(0.06, 0.06))


def build_juicer(a: Assembly) -> None:
    """A citrus press: a ribbed reamer cone in a round dish with a pouring spout and a handle."""
    dish_r, dish_h = a.vary(0.08, 0.1), a.vary(0.035, 0.15)
    color = a.pick(PRESSES)
    dish = vessel(
        [(dish_r * 0.7, 0.0), (dish_r * 0.95, dish_h * 0.5), (dish_r, dish_h)],
        0.004,
        0.006,
        a.segments(dish_r),
    )
    a.add(dish, "dish", color)
    cone_r, cone_h = dish_r * a.between(0.4, 0.5), a.vary(0.065, 0.12)
    a.add(_reamer(cone_r, cone_h, a.pick((10, 12, 14))).translate((0, 0, 0.004)), "reamer", color)
    if a.wants("spout"):
        lip = ellipsoid((0.02, 0.012, 0.006), 12, (-dish_r - 0.004, 0, dish_h - 0.004))
        a.add(lip, "spout", color)
    if a.wants("handle"):
        grip = capsule(
            (dish_r - 0.004, 0, dish_h - 0.008), (dish_r + 0.05, 0, dish_h - 0.002), 0.008, 12
        )
        a.add(grip.scale((1, 1.6, 0.7)), "handle", color, Tier.SECONDARY)


TEMPLATE = Template(
    "juicer",
    build_juicer,
    0.1,
    description="a citrus juicer: a ribbed cone in a dish for squeezing lemons and oranges",
    synonyms=(
        "citrus press",
        "citrus juicer",
        "lemon squeezer",
        "lemon juicer",
        "orange juicer",
        "orange squeezer",
        "juice squeezer",
        "reamer",
    ),
    parts=("dish", "reamer", "spout", "handle"),
    aliases={"cone": "reamer", "bowl": "dish", "base": "dish"},
)
