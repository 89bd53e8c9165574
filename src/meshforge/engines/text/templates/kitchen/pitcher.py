"""A jug: a bellied body open at the top, a pouring lip on the left and a side handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere, subtract, vessel
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import CERAMICS, GLASS, GLAZES, arc_points, smooth_outline


def build_pitcher(a: Assembly) -> None:
    """A jug: a bellied body open at the top, a pouring lip on the left and a side handle."""
    height, belly = a.vary(0.22, 0.1), a.vary(0.065, 0.12)
    radii = [belly * c for c in (0.8, 1.0, 0.88, 0.76, 0.86)]
    outline = smooth_outline(radii, height)
    color = a.pick(CERAMICS + GLAZES + (GLASS,))
    wall = 0.005
    rim = radii[-1]
    cavity = lathe(
        [
            (0.0, 0.01),
            *[(r - wall, z) for r, z in outline if z > 0.01],
            (rim, height + 0.1),
            (0.0, height + 0.1),
        ],
        a.segments(belly),
    )
    a.add(vessel(outline, wall, 0.01, a.segments(belly)), "body", color)
    lip = Manifold.batch_hull(
        [
            cylinder(rim * 0.5, 0.035, a.segments(rim), (-rim * 0.6, 0, height - 0.035)),
            sphere(0.005, 8, (-rim - 0.028, 0, height + 0.012)),
        ]
    )
    groove = rod((-rim * 0.5, 0, height + 0.016), (-rim - 0.05, 0, height + 0.006), 0.011, 12)
    a.add(subtract(lip, cavity, groove), "body", color)
    if a.wants("handle"):
        handle = arc_points((rim, height * 0.6), (0.05, height * 0.3), 95, -90)
        a.add(subtract(tube(handle, 0.009, a.segments(0.01)), cavity), "handle", color)


TEMPLATE = Template(
    "pitcher",
    build_pitcher,
    0.22,
    description="a tall jug with a handle and a pouring lip",
    synonyms=("jug", "water jug", "milk jug", "ewer", "carafe"),
    kinds=("creamer",),
    parts=("body", "handle"),
    aliases={"spout": "body", "lip": "body"},
)
