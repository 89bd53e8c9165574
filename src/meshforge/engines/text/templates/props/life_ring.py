"""A life ring: a white foam ring with red bands and a grab rope looped round it, standing up."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, torus, union
from meshforge.engines.text.kit.sweeps import hoop

RING: RGB = (245, 245, 240)
BANDS: tuple[RGB, ...] = ((220, 40, 35), (240, 120, 30))
ROPE: RGB = (225, 205, 150)


def build_life_ring(a: Assembly) -> None:
    """A white foam ring with red bands and a grab rope looped round it, standing up."""
    r, tube = a.vary(0.3, 0.08), a.vary(0.075, 0.08)
    center = (0.0, 0.0, r + tube)
    upright = (90.0, 0.0, 0.0)
    ring = torus(r, tube, a.segments(r)).rotate(upright).translate(center)
    a.add(ring, "ring", RING)
    bands = union(
        [
            box((tube * 3, tube * 1.2, tube * 3), (r, 0, 0)).rotate((0, 0, 45 + 90 * k))
            for k in range(4)
        ]
    )
    skin = torus(r, tube * 1.02, a.segments(r)) ^ bands
    a.add(skin.rotate(upright).translate(center), "band", BANDS, Tier.SECONDARY)
    if a.wants("rope"):
        rope = hoop(r + tube * 0.95, tube * 0.12, a.segments(r)).rotate(upright).translate(center)
        a.add(rope, "rope", ROPE, Tier.FIXED)
        for k in range(4):
            t = math.radians(90 * k)
            tie = torus(tube * 1.05, tube * 0.1, 16).rotate((0, 90, 0)).rotate((0, 0, 90 * k + 90))
            tie = (
                tie.translate((r * math.cos(t), r * math.sin(t), 0))
                .rotate(upright)
                .translate(center)
            )
            a.add(tie, "rope", ROPE, Tier.FIXED)


TEMPLATE = Template(
    "life ring",
    build_life_ring,
    0.75,
    description="a life ring: a floating ring buoy with red and white bands, thrown to swimmers",
    synonyms=("lifebuoy", "life buoy", "life preserver", "ring buoy", "lifesaver ring"),
    kinds=("life saver", "lifebelt"),
    parts=("ring", "band", "rope"),
    aliases={"stripes": "band", "stripe": "band", "bands": "band", "line": "rope"},
)
