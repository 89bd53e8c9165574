"""A turned spinning top on its point, striped, with a handle on top."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere


def build_spinning_top(a: Assembly) -> None:
    """A turned spinning top on its point, striped, with a handle on top."""
    radius, height = a.vary(0.04, 0.1), a.vary(0.075, 0.1)
    shoulder = height * a.between(0.45, 0.6)
    profile = [
        (0.0, 0.0),
        (radius * 0.12, 0.004),
        (radius * 0.9, shoulder * 0.85),
        (radius, shoulder),
        (radius * 0.8, height * 0.82),
        (radius * 0.25, height * 0.86),
        (0.0, height * 0.86),
    ]
    colors = [a.pick(BRIGHTS) for _ in range(3)]
    a.add(lathe(profile, a.segments(radius)), "body", colors[0])
    heights, radii = [p[1] for p in profile[:6]], [p[0] for p in profile[:6]]
    band = height * 0.06
    for k, z in enumerate((shoulder - height * 0.12, shoulder + height * 0.06)):
        # a frustum following the body's slope, a hair proud of it
        low = float(np.interp(z - band / 2, heights, radii)) + 0.0012
        high = float(np.interp(z + band / 2, heights, radii)) + 0.0012
        stripe = cylinder(low, band, a.segments(radius), (0, 0, z - band / 2), high)
        a.add(stripe, "stripe", colors[1 + k % 2], Tier.SECONDARY)
    a.add(
        rod((0, 0, height * 0.8), (0, 0, height * 1.3), radius * 0.12, 12),
        "handle",
        colors[1],
        Tier.SECONDARY,
    )
    a.add(sphere(radius * 0.16, 12, (0, 0, height * 1.3)), "handle", colors[1], Tier.SECONDARY)


TEMPLATE = Template(
    "spinning top",
    build_spinning_top,
    0.1,
    description="a toy that spins on its point",
    synonyms=("toy top", "spintop", "whirligig", "peg top", "dreidel"),
    kinds=("beyblade", "teetotum"),
    parts=("body", "stripe", "handle"),
    aliases={"band": "stripe", "stem": "handle"},
)
