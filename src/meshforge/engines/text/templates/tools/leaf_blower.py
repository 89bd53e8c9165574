"""A leaf blower: an engine body with a top handle and a long straight blower tube."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import RUBBER

BODIES = ((230, 120, 30), (60, 140, 70), (220, 50, 40), (240, 200, 40), (40, 90, 170))


def build_leaf_blower(a: Assembly) -> None:
    """A rounded motor housing at the back, a loop handle on top, a long tube out front."""
    s = a.vary(1.0, 0.08)
    color = a.pick(BODIES)
    body = Manifold.batch_hull(
        [
            ellipsoid((0.1 * s, 0.08 * s, 0.1 * s), 24, (0.12 * s, 0, 0.1 * s)),
            ellipsoid((0.06 * s, 0.06 * s, 0.06 * s), 20, (0.0, 0, 0.12 * s)),
        ]
    )
    a.add(body, "body", color)
    grip = [
        (0.2 * s, 0, 0.15 * s),
        (0.18 * s, 0, 0.28 * s),
        (0.02 * s, 0, 0.26 * s),
        (0.0, 0, 0.16 * s),
    ]
    a.add(tube(grip, 0.016 * s, 12), "handle", RUBBER, Tier.FIXED)
    length = a.vary(0.55, 0.12) * s
    a.add(
        rod((0.0, 0, 0.12 * s), (-length, 0, 0.05 * s), 0.035 * s, a.segments(0.035), 0.028 * s),
        "tube",
        a.pick((color, RUBBER, (60, 62, 68))),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "leaf blower",
    build_leaf_blower,
    0.3,
    description="a leaf blower, a garden power tool with a long tube that blows leaves",
    synonyms=("leafblower", "leaf blowers", "garden blower", "yard blower"),
    kinds=("cordless leaf blower",),
    parts=("body", "handle", "tube"),
    aliases={"engine": "body", "motor": "body", "nozzle": "tube", "pipe": "tube", "grip": "handle"},
)
