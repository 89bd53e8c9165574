"""A king's crown: a gold band with pointed tips crowned by pearls and set with jewels."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import dome, lathe, sphere, union
from meshforge.engines.text.kit.sweeps import face_prism

JEWELS: tuple[RGB, ...] = ((200, 20, 40), (30, 70, 190), (30, 150, 80))


VELVET: RGB = (150, 20, 40)


def build_crown(a: Assembly) -> None:
    """A king's crown: a gold band with pointed tips crowned by pearls and set with jewels."""
    radius, band_h = a.vary(0.1, 0.08), a.vary(0.045, 0.1)
    wall = 0.006
    ring = lathe(
        [(radius - wall, 0.0), (radius, 0.0), (radius, band_h), (radius - wall, band_h)],
        a.segments(radius),
    )
    a.add(ring, "band", GOLD)
    points = a.count("point", a.pick((5, 6, 8)), 3, 12)
    tip_h = radius * a.vary(0.75, 0.15)
    spikes = []
    for k in range(points):
        angle = 360.0 * k / points
        spike = face_prism([(-radius * 0.28, 0.0), (radius * 0.28, 0.0), (0.0, tip_h)], wall, 0.0)
        spike = spike.translate((0, -(radius - wall / 2), band_h - 0.002)).rotate((0, 0, angle))
        spikes.append(spike)
        reach = radius - wall / 2  # where the spike stands, turned like it about Z
        tip = (
            reach * math.sin(math.radians(angle)),
            -reach * math.cos(math.radians(angle)),
            band_h + tip_h,
        )
        a.add(sphere(radius * 0.07, 12, tip), "pearl", (245, 243, 235), Tier.FIXED)
    a.add(union(spikes), "band", GOLD)
    for k in range(points):
        angle = 2 * math.pi * (k + 0.5) / points
        at = ((radius + 0.002) * math.sin(angle), -(radius + 0.002) * math.cos(angle), band_h / 2)
        a.add(sphere(band_h * 0.22, 12, at), "jewel", JEWELS[k % len(JEWELS)], Tier.FIXED)
    if a.maybe("velvet", 0.5, "royal", "cap"):
        cap = dome(
            (radius - wall / 2, radius - wall / 2, radius * 0.8),
            a.segments(radius),
            (0, 0, band_h * 0.3),
        )
        a.add(cap, "velvet", VELVET, Tier.SECONDARY)
        a.add(
            sphere(radius * 0.12, 12, (0, 0, band_h * 0.3 + radius * 0.82)),
            "pearl",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "crown",
    build_crown,
    0.15,
    description="a golden headpiece worn by a king or queen",
    synonyms=("tiara", "diadem", "royal crown"),
    kinds=("coronet",),
    parts=("band", "pearl", "jewel", "velvet", "point"),
    aliases={"gem": "jewel", "gemstone": "jewel", "spike": "point", "cap": "velvet"},
)
