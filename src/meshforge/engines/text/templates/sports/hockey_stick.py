"""A hockey stick standing on its blade: a long shaft, a flat angled blade, tape."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SPORTY, WHITE, WOODS
from meshforge.engines.text.kit.solids import box, cylinder


def build_hockey_stick(a: Assembly) -> None:
    """A hockey stick standing on its blade: a long shaft, a flat angled blade, tape."""
    length = a.vary(1.5, 0.05)
    color = a.pick((*SPORTY, *WOODS[:2]))
    lie = a.between(8.0, 14.0)
    shaft = box((0.03, 0.02, length)).translate((0, 0, length / 2)).rotate((0, lie, 0))
    a.add(shaft, "shaft", color)
    blade = Manifold.batch_hull(
        [box((0.03, 0.008, 0.06), (0.0, 0.0, 0.03)), box((0.02, 0.008, 0.05), (-0.3, -0.02, 0.025))]
    )
    a.add(blade, "blade", color)
    if a.maybe("tape", 0.6, "taped"):
        tape_color = a.pick((BLACK, WHITE))
        a.add(
            box((0.2, 0.011, 0.054), (-0.16, -0.01, 0.028)).rotate((0, 0, 4)),
            "tape",
            tape_color,
            Tier.FIXED,
        )
        grip = cylinder(0.021, 0.2, 16).rotate((0, lie, 0)).translate(_along(length - 0.2, lie))
        a.add(grip, "tape", tape_color, Tier.FIXED)


def _along(distance: float, lie: float) -> tuple[float, float, float]:
    """The point ``distance`` up a shaft leaning ``lie`` degrees towards +X."""
    return (distance * math.sin(math.radians(lie)), 0.0, distance * math.cos(math.radians(lie)))


TEMPLATE = Template(
    "hockey stick",
    build_hockey_stick,
    1.5,
    description="a long stick with a flat angled blade at the bottom for hitting a puck",
    synonyms=("ice hockey stick", "field hockey stick", "hockey"),
    kinds=("bandy stick",),
    not_claimed=("hockey puck",),
    parts=("shaft", "blade", "tape"),
    aliases={"handle": "shaft", "grip": "tape", "stick": "shaft"},
)
