"""A butterfly: four broad patterned wings raised in a V over a slim body, clubbed antennae."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import BLACK, antennae, wing_pair
from meshforge.engines.text.kit.solids import capsule, cylinder, sphere, union

WINGS: tuple[tuple[RGB, RGB], ...] = (  # wing, spots and borders
    ((245, 140, 30), (30, 28, 28)),  # monarch
    ((60, 120, 220), (25, 30, 60)),  # morpho
    ((250, 220, 60), (35, 30, 30)),  # swallowtail
    ((240, 240, 235), (60, 60, 65)),
    ((220, 80, 150), (250, 230, 240)),
)


def _outline(span: float, chord: float, lobe: float) -> list[tuple[float, float]]:
    """A rounded wing along +X: ``lobe`` shapes the fore- (-1) or hind- (+1) wing."""
    points = []
    for k in range(14):
        t = math.pi * k / 13
        x = span * math.sin(t) * (0.9 + 0.1 * math.cos(t))
        y = -lobe * chord * (0.5 - 0.5 * math.cos(t)) + lobe * chord * 0.1
        points.append((x, y * (1.0 + 0.25 * math.sin(t))))
    return points


def build_butterfly(a: Assembly) -> None:
    """A butterfly: four broad patterned wings raised in a V over a slim body, clubbed antennae."""
    size = a.vary(1.0, 0.1)
    wing_c, mark_c = a.pick(WINGS)
    z = 0.03 * size
    body = capsule((0, 0.03 * size, z), (0, -0.02 * size, z), 0.005 * size, 12)
    a.add(body, "body", BLACK, Tier.FIXED)
    head = (0.0, -0.026 * size, z + 0.002 * size)
    a.add(sphere(0.0065 * size, 12, head), "body", BLACK, Tier.FIXED)
    a.add(
        antennae(head, 0.0065 * size, 0.03 * size, 0.012 * size, True),
        "antenna",
        BLACK,
        Tier.FIXED,
    )
    lift = a.between(28, 50)
    thin = 0.0012 * size
    fore = _outline(0.055 * size, 0.035 * size, 1.0)
    hind = _outline(0.042 * size, 0.03 * size, -1.0)
    wings = [
        *wing_pair(fore, thin, (0.003 * size, -0.008 * size, z), lift, 8),
        *wing_pair(hind, thin, (0.003 * size, 0.006 * size, z), lift, -12),
    ]
    a.add(union(wings), "wing", wing_c)
    if a.wants("spot"):
        spots = []
        for lobe, span, y0 in ((1.0, 0.055, -0.008), (-1.0, 0.042, 0.006)):
            for t, d in ((0.75, 0.5), (0.45, 0.7)):
                spot = cylinder(0.0045 * size, thin * 2.4, 12, (0.0, 0.0, -thin * 1.2))
                x = span * size * t
                y = y0 * size - lobe * 0.035 * size * d * 0.5
                for side in (-1, 1):
                    placed = (
                        spot.translate((x, y, 0)).rotate((0, -lift, 0))
                        if side > 0
                        else spot.translate((x, y, 0)).mirror((1, 0, 0)).rotate((0, lift, 0))
                    )
                    spots.append(placed.translate((side * 0.003 * size, 0, z)))
        a.add(union(spots), "spot", mark_c, Tier.SECONDARY)


TEMPLATE = Template(
    "butterfly",
    build_butterfly,
    0.06,
    description="a flying insect with four big colourful wings",
    synonyms=("monarch butterfly", "moth", "swallowtail"),
    kinds=(
        "morpho",
        "painted lady",
        "tiger moth",
        "luna moth",
        "swallowtail butterfly",
    ),
    not_claimed=(
        "butterfly knife",
        "butterfly stroke",
        "butterfly net",
        "butterfly valve",
        "social butterfly",
    ),
    parts=("body", "wing", "spot", "antenna"),
    aliases={"pattern": "spot", "antennae": "antenna"},
    kinds_in_wordnet=("butterfly",),
)
