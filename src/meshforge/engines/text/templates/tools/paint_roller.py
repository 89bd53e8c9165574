"""A paint roller standing up: a grip, a bent wire frame, a roller sleeve across the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import PLASTICS

NAP: tuple[RGB, ...] = ((240, 238, 230), (235, 225, 200), (90, 140, 200))


def build_paint_roller(a: Assembly) -> None:
    """A paint roller standing up: a grip, a bent wire frame, a roller sleeve across the top."""
    grip_len = a.vary(0.14, 0.1)
    width = a.vary(0.23, 0.12)
    radius = a.vary(0.024, 0.1)
    a.add(
        capsule((0, 0, 0.015), (0, 0, grip_len), 0.016, a.segments(0.016), 0.014),
        "handle",
        a.pick(PLASTICS),
        Tier.SECONDARY,
    )
    top = grip_len + a.vary(0.12, 0.15)
    axle_z = top + 0.03
    frame = [
        (0.0, 0.0, grip_len - 0.01),
        (0.0, 0.0, grip_len + 0.05),
        (-0.005, 0.0, top - 0.03),
        (-width / 2 - 0.02, 0.0, top),
        (-width / 2 - 0.02, 0.0, axle_z),
    ]
    a.add(tube(frame, 0.0035, 12), "frame", SILVER, Tier.FIXED)
    a.add(
        rod((-width / 2 - 0.022, 0, axle_z), (width / 2 + 0.005, 0, axle_z), 0.004, 8),
        "frame",
        SILVER,
        Tier.FIXED,
    )
    sleeve = rod((-width / 2, 0, axle_z), (width / 2, 0, axle_z), radius, a.segments(radius))
    painted = a.maybe("paint", 0.4, "wet", "dipped")
    a.add(sleeve, "roller", a.pick(BRIGHTS) if painted else a.pick(NAP), Tier.FIXED)
    for side in (-1, 1):
        cap = rod(
            (side * width / 2, 0, axle_z), (side * (width / 2 + 0.004), 0, axle_z), radius * 0.7, 16
        )
        a.add(cap, "frame", SILVER, Tier.FIXED)


TEMPLATE = Template(
    "paint roller",
    build_paint_roller,
    0.35,
    description="a handle on a bent wire frame holding a soft cylinder for rolling paint on walls",
    synonyms=("paintroller", "roller brush", "decorating roller"),
    kinds=("foam roller brush",),
    parts=("handle", "frame", "roller", "paint"),
    aliases={"sleeve": "roller", "cover": "roller", "grip": "handle", "nap": "roller"},
)
