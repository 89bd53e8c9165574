"""A didgeridoo: a long hollow wooden tube widening to a bell, painted with dotted bands."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import cylinder, lathe, subtract
from meshforge.engines.text.kit.sweeps import hoop

PAINTS = ((240, 235, 220), (200, 60, 30), (235, 180, 50), (30, 30, 30))


def build_didgeridoo(a: Assembly) -> None:
    """Standing on its bell: a long slightly bent tube narrowing to a waxed mouthpiece."""
    length = a.vary(1.3, 0.1)
    bell, mouth = a.vary(0.06, 0.12), 0.025
    wood = a.pick(WOODS)
    profile = [
        (0.0, 0.0),
        (bell, 0.0),
        (bell * 0.8, length * 0.15),
        (mouth * 1.4, length * 0.7),
        (mouth, length),
        (0.0, length),
    ]
    tube = subtract(
        lathe(profile, a.segments(bell)),
        cylinder(mouth * 0.6, length * 0.3, 12, (0, 0, length * 0.72)),
    )
    a.add(tube, "tube", wood)
    a.add(
        hoop(mouth * 0.95, 0.006, 16, (0, 0, length - 0.01)), "mouthpiece", (40, 30, 20), Tier.FIXED
    )
    if a.maybe("paint", 0.7, "painted", "dots", "dotted"):
        for k in range(4):
            z = length * (0.1 + 0.18 * k)
            radius = float(
                np.interp(z, [h for _, h in profile[1:-1]], [r for r, _ in profile[1:-1]])
            )
            a.add(
                hoop(radius, 0.008, a.segments(bell), (0, 0, z)),
                "paint",
                a.pick(PAINTS),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "didgeridoo",
    build_didgeridoo,
    1.3,
    description="a didgeridoo, a long hollow wooden aboriginal wind instrument, often painted",
    synonyms=("didgeridoos", "didjeridu", "didge", "yidaki"),
    kinds=("aboriginal didgeridoo",),
    parts=("tube", "mouthpiece", "paint"),
    aliases={"body": "tube", "bell": "tube", "pattern": "paint", "dots": "paint", "band": "paint"},
)
