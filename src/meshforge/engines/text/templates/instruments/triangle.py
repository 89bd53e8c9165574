"""A musical triangle: a bent steel rod with one open corner, hanging from a cord, with its
beater.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, sphere, torus
from meshforge.engines.text.kit.sweeps import tube

STEEL: RGB = (205, 208, 214)
CORD: RGB = (200, 40, 40)


def build_triangle(a: Assembly) -> None:
    """A musical triangle: a bent steel rod with one open corner, hanging from a cord."""
    side = a.vary(0.18, 0.1)
    r = side * 0.035
    h = side * math.sqrt(3) / 2
    base = r * 4
    top = (0.0, 0.0, base + h)
    left, right = (-side / 2, 0.0, base), (side / 2, 0.0, base)
    gap = side * 0.08
    # the rod runs from just short of the open lower-left corner, round the apex and the right
    a.add(tube([(left[0] + gap, 0, base), (0, 0, base), right], r, 12), "triangle", STEEL)
    a.add(
        tube([right, ((right[0] + top[0]) / 2, 0, (right[2] + top[2]) / 2), top], r, 12),
        "triangle",
        STEEL,
    )
    a.add(
        tube(
            [
                top,
                ((left[0] + top[0]) / 2, 0, (left[2] + top[2]) / 2),
                (left[0] + gap * 0.5, 0, base + gap * 0.9),
            ],
            r,
            12,
        ),
        "triangle",
        STEEL,
    )
    for corner in (right, top):
        a.add(sphere(r, 12, corner), "triangle", STEEL)
    a.add(
        torus(side * 0.08, r * 0.5, 16).rotate((90, 0, 0)).translate((0, 0, top[2] + side * 0.07)),
        "cord",
        CORD,
        Tier.SECONDARY,
    )
    if a.wants("beater"):
        a.add(
            rod(
                (side * 0.15, -side * 0.05, base - r),
                (side * 0.75, -side * 0.2, base - r),
                r * 0.6,
                8,
            ),
            "beater",
            STEEL,
        )
        a.add(
            rod((side * 0.15, -side * 0.05, base - r), (side * 0.25, 0.0, base), r * 0.6, 8),
            "beater",
            STEEL,
        )


TEMPLATE = Template(
    "triangle",
    build_triangle,
    0.2,
    description="a percussion instrument: a steel rod bent into a triangle, struck with a beater",
    synonyms=("triangle instrument", "orchestra triangle"),
    not_claimed=("triangle shape", "bermuda triangle", "love triangle"),
    parts=("triangle", "cord", "beater"),
    aliases={"rod": "triangle", "string": "cord", "striker": "beater", "wand": "beater"},
)
