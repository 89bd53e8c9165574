"""A cartoon rocket: ogive nose, fins, porthole, nozzle; "launching" adds a flame."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, cylinder, lathe, prism, rod, torus
from meshforge.engines.text.kit.vehicles import DARK_METAL, REDS

WHITE: RGB = (238, 238, 235)


PORTHOLE: RGB = (120, 190, 230)


FLAME: RGB = (255, 140, 20)


def build_rocket(a: Assembly) -> None:
    """A cartoon rocket: ogive nose, fins, porthole, nozzle; "launching" adds a flame."""
    height = a.vary(3.0, 0.12)
    radius = height * a.vary(0.09, 0.15)
    bottom, shoulder = height * 0.08, height * a.vary(0.6, 0.06)
    body = [
        (0.0, bottom),
        (radius * 0.75, bottom),
        (radius, bottom + height * 0.08),
        (radius, shoulder + 0.01),
        (0.0, shoulder + 0.01),
    ]
    a.add(lathe(body, a.segments(radius)), "body", WHITE)
    bluntness = a.between(0.6, 0.9)
    nose = [(0.0, shoulder - 0.01)]
    for t in np.linspace(0.0, 1.0, 14):
        nose.append(
            (
                radius * math.cos(t * math.pi / 2) ** bluntness + 1e-4,
                shoulder + (height - shoulder) * t,
            )
        )
    nose.append((0.0, height))
    accent = a.pick(REDS)
    a.add(lathe(nose, a.segments(radius)), "nose", accent, Tier.SECONDARY)
    fins = a.count("fin", a.pick((3, 4)), 2, 8)
    reach = radius * a.vary(1.1, 0.2)
    fin_outline = [
        (radius * 0.9, bottom + height * 0.32),
        (radius * 0.9, bottom + height * 0.04),
        (radius + reach, bottom - height * 0.04),
        (radius + reach, bottom + height * 0.1),
    ]
    thickness = radius * 0.12
    fin = prism(fin_outline, thickness).translate((0, 0, -thickness / 2)).rotate((90, 0, 0))
    a.add(around_z(fin, fins, 90.0 / fins), "fin", accent, Tier.SECONDARY)
    a.add(
        cylinder(radius * 0.7, bottom + 0.02, a.segments(radius), (0, 0, 0), radius * 0.5),
        "nozzle",
        DARK_METAL,
        Tier.FIXED,
    )
    if a.wants("window"):
        z = (bottom + shoulder) * 0.55
        ring = torus(radius * 0.32, radius * 0.07, a.segments(radius * 0.32)).rotate((90, 0, 0))
        a.add(ring.translate((0, -radius * 0.98, z)), "porthole", DARK_METAL, Tier.FIXED)
        # a plug from inside the hull fills the ring's hole: a lens in front would seal a void
        glass = rod(
            (0, -radius * 0.8, z), (0, -radius * 1.02, z), radius * 0.31, a.segments(radius * 0.3)
        )
        a.add(glass, "window", PORTHOLE, Tier.FIXED)
    if a.maybe("stripe", 0.5):
        band = cylinder(
            radius * 1.01, height * 0.03, a.segments(radius), (0, 0, shoulder - height * 0.08)
        )
        a.add(band, "stripe", accent, Tier.SECONDARY)
    if a.wants("flame") and a.mentions(
        "launch", "launching", "flame", "fire", "blast", "flying", "liftoff"
    ):
        flame = cylinder(radius * 0.55, height * 0.35, a.segments(radius), (0, 0, 0), 0.0)
        a.add(flame.scale((1, 1, -1)).translate((0, 0, 0.01)), "flame", FLAME, Tier.FIXED)


TEMPLATE = Template(
    "rocket",
    build_rocket,
    3.0,
    description="a vehicle launched into space, to the moon and the planets",
    synonyms=("spaceship", "space ship", "rocketship", "spacecraft", "missile", "space rocket"),
    kinds=("starship", "launch vehicle", "ballistic missile", "icbm"),
    parts=("body", "nose", "fin", "nozzle", "window", "porthole", "stripe", "flame"),
    aliases={
        "cone": "nose",
        "nosecone": "nose",
        "engine": "nozzle",
        "fire": "flame",
        "band": "stripe",
    },
)
