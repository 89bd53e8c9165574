"""A traffic cone: an orange cone with white reflective bands on a square base."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, slab

ORANGES: tuple[RGB, ...] = ((245, 110, 20), (240, 90, 30), (250, 200, 30))
BAND: RGB = (245, 245, 245)


def build_traffic_cone(a: Assembly) -> None:
    """A traffic cone: an orange cone with white reflective bands on a square base."""
    h, r = a.vary(0.7, 0.1), a.vary(0.14, 0.08)
    orange = a.pick(ORANGES)
    base_w = r * 2.6
    a.add(slab((base_w, base_w, 0.035), 0.03, 8, (0, 0, 0.0175)), "base", orange)
    top_r = r * 0.18
    a.add(cylinder(r, h, a.segments(r), (0, 0, 0.03), top_r), "body", orange)
    bands = a.count("stripe", a.pick((1, 2)), 0, 3)
    for k in range(bands):
        lo = 0.45 + 0.18 * k
        z0, z1 = 0.03 + h * lo, 0.03 + h * (lo + 0.1)

        def radius(z: float) -> float:
            return r + (top_r - r) * (z - 0.03) / h + 0.004

        a.add(
            cylinder(radius(z0), z1 - z0, a.segments(r), (0, 0, z0), radius(z1)),
            "stripe",
            BAND,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "traffic cone",
    build_traffic_cone,
    0.7,
    description="an orange road safety cone with white reflective stripes on a square base",
    synonyms=("road cone", "safety cone", "pylon", "construction cone"),
    kinds=("orange cone",),
    parts=("base", "body", "stripe"),
    aliases={"band": "stripe", "cone": "body"},
)
