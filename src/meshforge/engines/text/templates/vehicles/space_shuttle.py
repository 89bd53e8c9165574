"""A space shuttle orbiter: a white fuselage with a black nose and belly, delta wings, a tall
fin.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, prism, rounded_box

WHITE: RGB = (242, 242, 240)
TILES: RGB = (35, 35, 38)
TANK: RGB = (205, 110, 40)
NOZZLE: RGB = (90, 92, 98)


def build_space_shuttle(a: Assembly) -> None:
    """A space shuttle orbiter: white fuselage, black nose and belly, delta wings, a tall fin."""
    length = a.vary(37.0, 0.06)
    w = length * a.between(0.12, 0.14)
    h = w * 1.0
    z = h * 0.6
    nose = ellipsoid(
        (w * 0.5, length * 0.14, h * 0.5), a.segments(w), (0, -length * 0.36, z + h * 0.05)
    )
    aft = rounded_box((w, length * 0.2, h), w * 0.15, 12, (0, length * 0.35, z))
    mid = rounded_box((w, length * 0.2, h), w * 0.15, 12, (0, -length * 0.15, z))
    a.add(Manifold.batch_hull([nose, mid, aft]), "fuselage", WHITE)
    a.add(
        ellipsoid((w * 0.51, length * 0.06, h * 0.3), 16, (0, -length * 0.46, z)),
        "nose",
        TILES,
        Tier.FIXED,
    )
    a.add(
        box((w * 0.45, length * 0.04, h * 0.15), (0, -length * 0.33, z + h * 0.45)),
        "windows",
        TILES,
        Tier.FIXED,
    )
    span = length * a.between(0.62, 0.7)
    wing = [
        (0, -length * 0.2),
        (span * 0.2, length * 0.05),
        (span / 2, length * 0.35),
        (span / 2, length * 0.45),
        (-span / 2, length * 0.45),
        (-span / 2, length * 0.35),
        (-span * 0.2, length * 0.05),
    ]
    a.add(prism(wing, h * 0.1, (0, 0, z - h * 0.45)), "wing", WHITE)
    a.add(
        prism([(x * 0.98, y) for x, y in wing], h * 0.04, (0, 0, z - h * 0.48)),
        "belly",
        TILES,
        Tier.FIXED,
    )
    fin = Manifold.batch_hull(
        [
            box((w * 0.08, length * 0.25, 0.1), (0, length * 0.35, z + h * 0.4)),
            box((w * 0.08, length * 0.08, 0.1), (0, length * 0.45, z + h * 0.4 + length * 0.2)),
        ]
    )
    a.add(fin, "fin", WHITE)
    for dx, dz in ((0, 0.25), (-0.25, -0.15), (0.25, -0.15)):
        a.add(
            cylinder(w * 0.14, length * 0.05, 16, (0, 0, 0), w * 0.09)
            .rotate((-90, 0, 0))
            .translate((dx * w, length * 0.43, z + dz * h)),
            "engine",
            NOZZLE,
            Tier.FIXED,
        )
    if a.maybe("tank", 0.3, "launch", "launching", "booster"):
        tank_r = w * 0.75
        a.add(
            cylinder(tank_r, length * 0.9, a.segments(tank_r), (0, 0, 0))
            .rotate((90, 0, 0))
            .translate((0, length * 0.4, z - h * 0.5 - tank_r * 1.05)),
            "tank",
            TANK,
            Tier.FIXED,
        )
        a.add(
            box((w * 0.2, length * 0.3, tank_r * 0.3), (0, 0, z - h * 0.5 - tank_r * 0.1)),
            "tank",
            TANK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "space shuttle",
    build_space_shuttle,
    15.0,
    description="a white winged spaceplane with a black nose and belly that glides back from orbit",
    synonyms=(
        "shuttle orbiter",
        "nasa shuttle",
        "space plane",
        "spaceplane",
        "orbiter",
        "space shuttles",
    ),
    kinds=("columbia shuttle", "discovery shuttle", "atlantis shuttle"),
    parts=("fuselage", "nose", "windows", "wing", "belly", "fin", "engine", "tank"),
    aliases={
        "body": "fuselage",
        "wings": "wing",
        "tail": "fin",
        "engines": "engine",
        "tiles": "belly",
        "cockpit": "windows",
    },
)
