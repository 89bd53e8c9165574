"""A starfish: five plump tapering arms around a raised centre, dotted with little bumps."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, sphere, union

COLORS: tuple[RGB, ...] = ((240, 120, 50), (230, 80, 70), (245, 175, 60), (180, 80, 160))


def build_starfish(a: Assembly) -> None:
    """A starfish: five plump tapering arms around a raised centre, dotted with little bumps."""
    size = a.vary(1.0, 0.1)
    color = a.pick(COLORS)
    arms = a.count("arm", 5, 4, 8)
    reach = 0.11 * size
    thick = 0.018 * size
    hub = ellipsoid(
        (reach * 0.35, reach * 0.35, thick * 1.1), a.segments(reach * 0.35), (0, 0, thick)
    )
    pieces = []
    for k in range(arms):
        angle = 90 + 360 * k / arms
        tip = ellipsoid((thick * 0.55, thick * 0.55, thick * 0.45), 12).translate(
            (reach, 0, thick * 0.6)
        )
        root = ellipsoid((reach * 0.22, reach * 0.22, thick), 16).translate((reach * 0.2, 0, thick))
        arm = Manifold.batch_hull([root, tip]).rotate((0, 0, angle))
        pieces.append(arm)
    a.add(union([hub, *pieces]), "body", color)
    bumps = []
    for k in range(arms):
        angle = math.radians(90 + 360 * k / arms)
        for t in (0.35, 0.6, 0.82):
            d = reach * t
            z = thick * (1.0 + 0.95 * (1 - t) * 0.8)
            bumps.append(
                sphere(
                    thick * 0.28,
                    8,
                    (d * math.cos(angle), d * math.sin(angle), z + thick * 0.45 * (1 - t)),
                )
            )
    if a.wants("bump"):
        a.add(union(bumps), "bump", (250, 235, 200), Tier.SECONDARY)


TEMPLATE = Template(
    "starfish",
    build_starfish,
    0.05,
    description="a five-armed star-shaped sea creature lying on the sand",
    synonyms=("sea star", "star fish", "seastar"),
    kinds=("patrick star", "brittle star"),
    parts=("body", "arm", "bump"),
    aliases={
        "dots": "bump",
        "spots": "bump",
    },
)
