"""A combination spanner standing upright: an open jaw at the top, a ring at the bottom."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract
from meshforge.engines.text.kit.tools import PLASTICS, STEEL


def build_wrench(a: Assembly) -> None:
    """A combination spanner standing upright: an open jaw at the top, a ring at the bottom."""
    length, thick = a.vary(0.2, 0.15), 0.007
    jaw_r, ring_r = length * 0.11, length * 0.09
    width = length * 0.085
    seg = a.segments(jaw_r)
    shaft = Manifold.batch_hull(
        [
            rod((0, -thick / 2, ring_r), (0, thick / 2, ring_r), width * 0.6, 12),
            rod((0, -thick / 2, length - jaw_r), (0, thick / 2, length - jaw_r), width * 0.5, 12),
        ]
    )
    jaw = rod((0, -thick * 0.6, length - jaw_r), (0, thick * 0.6, length - jaw_r), jaw_r, seg)
    slot = box((jaw_r * 0.95, 0.05, jaw_r * 2), (0, 0, jaw_r)).rotate((0, a.between(10, 20), 0))
    jaw = subtract(jaw, slot.translate((0, 0, length - jaw_r * 1.1)))
    ring = rod((0, -thick * 0.6, ring_r), (0, thick * 0.6, ring_r), ring_r, seg)
    hole = cylinder(ring_r * 0.55, 0.05, 6).rotate((90, 0, 0)).translate((0, 0.025, ring_r))
    ring = subtract(ring, hole)
    a.add(subtract(shaft, hole), "body", STEEL)
    a.add(jaw, "body", STEEL)
    a.add(ring, "body", STEEL)
    if a.maybe("grip", 0.3, "rubber"):
        sleeve = Manifold.batch_hull(
            [
                rod((0, -thick, length * 0.35), (0, thick, length * 0.35), width * 0.65, 12),
                rod((0, -thick, length * 0.62), (0, thick, length * 0.62), width * 0.6, 12),
            ]
        )
        a.add(sleeve, "grip", a.pick(PLASTICS), Tier.SECONDARY)


TEMPLATE = Template(
    "wrench",
    build_wrench,
    0.2,
    description="a metal hand tool with jaws for turning nuts and bolts",
    synonyms=("spanner", "monkey wrench", "pipe wrench"),
    kinds=("adjustable spanner",),
    parts=("body", "grip"),
    aliases={"handle": "grip", "jaw": "body"},
)
