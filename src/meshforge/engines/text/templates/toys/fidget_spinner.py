"""A fidget spinner: three rounded lobes round a central bearing, each with a weight."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import cylinder, subtract, union

STEEL: RGB = (200, 204, 210)
CAP: tuple[RGB, ...] = ((35, 35, 38), (240, 240, 235), (200, 40, 40))


def build_fidget_spinner(a: Assembly) -> None:
    """A fidget spinner: three rounded lobes round a central bearing, each with a weight."""
    reach = a.vary(0.027, 0.08)
    lobe_r = reach * a.between(0.5, 0.6)
    t = 0.007
    lobes = a.count("lobe", 3, 2, 6)
    hub = cylinder(lobe_r * 1.05, t, a.segments(lobe_r))
    arms = []
    for k in range(lobes):
        angle = 2 * math.pi * k / lobes + math.pi / 2
        center = (reach * math.cos(angle), reach * math.sin(angle), 0.0)
        arms.append(Manifold.batch_hull([hub, cylinder(lobe_r, t, a.segments(lobe_r), center)]))
    centers = [
        (
            reach * math.cos(2 * math.pi * k / lobes + math.pi / 2),
            reach * math.sin(2 * math.pi * k / lobes + math.pi / 2),
        )
        for k in range(lobes)
    ]
    holes = [cylinder(lobe_r * 0.7, t * 3, a.segments(lobe_r), (x, y, -t)) for x, y in centers]
    body = subtract(union(arms), *holes)
    a.add(body, "body", BRIGHTS)
    for x, y in centers:
        center = (x, y, -t * 0.1)
        a.add(
            subtract(
                cylinder(lobe_r * 0.72, t * 1.2, a.segments(lobe_r), center),
                cylinder(lobe_r * 0.4, t * 3, 16, (center[0], center[1], -t)),
            ),
            "bearing",
            STEEL,
            Tier.FIXED,
        )
        a.add(cylinder(lobe_r * 0.42, t * 1.1, 16, center), "bearing", (60, 62, 68), Tier.FIXED)
    cap = a.pick(CAP)
    a.add(
        cylinder(lobe_r * 0.65, t * 1.5, a.segments(lobe_r), (0, 0, -t * 0.25)),
        "cap",
        cap,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "fidget spinner",
    build_fidget_spinner,
    0.012,
    description="a small three-lobed toy that spins on a central bearing between the fingers",
    synonyms=("fidget spinners", "hand spinner", "spinner toy", "finger spinner"),
    parts=("body", "bearing", "cap"),
    aliases={
        "arms": "body",
        "lobes": "body",
        "center": "cap",
        "centre": "cap",
        "weights": "bearing",
    },
)
