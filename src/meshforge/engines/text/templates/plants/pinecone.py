"""A pinecone: an egg-shaped cone of woody scales in spirals, tips lifted, on a short stalk."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rod, union

BROWNS: tuple[RGB, ...] = ((135, 90, 50), (115, 75, 45), (150, 105, 65))


def build_pinecone(a: Assembly) -> None:
    """An egg-shaped core covered in rings of lifted woody scales, on a short stalk."""
    radius, height = a.vary(0.03, 0.12), a.vary(0.09, 0.12)
    color = a.color("cone", BROWNS)
    a.add(
        ellipsoid(
            (radius * 0.6, radius * 0.6, height * 0.48), a.segments(radius), (0, 0, height * 0.5)
        ),
        "cone",
        color,
    )
    tiers, per_tier = 8, 8
    for tier in range(tiers):
        u = (tier + 0.5) / tiers  # 0 at the stalk end (bottom), 1 at the tip
        z = height * (0.06 + 0.88 * u)
        # widest a third of the way up, narrowing to the tip
        ring = radius * math.sin(math.pi * min(1.0, 0.25 + u * 0.85)) ** 0.7 + radius * 0.15
        size = radius * (0.42 - 0.18 * u)
        scale = ellipsoid((size, size * 0.45, size * 0.9), 8).rotate((-35, 0, 0))
        # never so far out that the scale's inner end leaves the core: no loose scales
        core = radius * 0.6 * math.sqrt(max(0.0, 1.0 - ((z - height * 0.5) / (height * 0.48)) ** 2))
        scale = scale.translate((0, -min(ring * 0.8, core + size * 0.45), 0))
        twist = tier * 180.0 / per_tier  # alternate tiers sit in the gaps: the spiral look
        scales = union(
            [scale.rotate((0, 0, twist + 360.0 * k / per_tier)) for k in range(per_tier)]
        )
        a.add(scales.translate((0, 0, z)), "scale", color)
    a.add(
        rod((0, 0, height * 0.05), (0, 0, -height * 0.06), radius * 0.12, 8),
        "stem",
        color,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "pinecone",
    build_pinecone,
    0.1,
    description="a brown pine cone, an oval cone of woody scales fallen from a pine tree",
    synonyms=("pine cone", "pinecones", "pine cones", "fir cone", "conifer cone"),
    parts=("cone", "scale", "stem"),
    aliases={"scales": "scale", "core": "cone", "stalk": "stem"},
)
