"""A turned vase: belly, waist and lip drawn from the seed; "with flowers" adds a bouquet."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import blossom, rod, sphere, vessel
from meshforge.engines.text.kit.tableware import GLAZES, smooth_outline

BLOSSOMS: tuple[RGB, ...] = (
    (230, 60, 90),
    (250, 200, 40),
    (245, 245, 245),
    (160, 90, 200),
    (250, 130, 50),
)


STEM: RGB = (70, 140, 60)


def build_vase(a: Assembly) -> None:
    """A turned vase: belly, waist and lip drawn from the seed; "with flowers" adds a bouquet."""
    height = a.vary(0.35, 0.2)
    shape = a.pick(("amphora", "bottle", "tulip", "cylinder"))
    belly = a.vary(0.11, 0.2)
    control = {
        "amphora": [0.55, 1.0, 0.75, 0.42, 0.55],
        "bottle": [0.6, 1.0, 0.8, 0.3, 0.33],
        "tulip": [0.45, 0.7, 0.9, 1.0, 1.05],
        "cylinder": [0.8, 0.85, 0.85, 0.82, 0.9],
    }[shape]
    radii = [belly * c * a.vary(1.0, 0.08) for c in control]
    outline = smooth_outline(radii, height, 28)
    color = a.pick(GLAZES)
    a.add(vessel(outline, 0.006, 0.012, a.segments(belly)), "body", color)
    if a.wants("flower") and a.mentions("flower", "rose", "tulip", "bouquet", "daisy"):
        count = a.count("flower", 3, 1, 7)
        neck = radii[-1] * 0.5
        for i in range(count):
            angle = 2 * math.pi * i / count + a.between(0, 1)
            spread = 0.4 if count > 1 else 0.0
            top = (
                neck * math.cos(angle) + spread * 0.1 * math.cos(angle),
                neck * math.sin(angle) + spread * 0.1 * math.sin(angle),
                height + a.vary(0.15, 0.3),
            )
            a.add(
                rod((0, 0, 0.004), top, 0.004, 8), "stem", STEM, Tier.FIXED
            )  # rooted in the floor
            bloom = blossom(0.022, a.pick((5, 6, 8)), a.segments(0.011))
            a.add(bloom.translate(top), "flower", a.pick(BLOSSOMS), Tier.SECONDARY)
            a.add(sphere(0.008, a.segments(0.008), top), "centre", (250, 210, 50), Tier.FIXED)


TEMPLATE = Template(
    "vase",
    build_vase,
    0.35,
    description="a decorative ceramic vessel for flowers",
    synonyms=("urn", "amphora", "flower vase", "pot"),
    kinds=("jardiniere", "ming vase"),
    not_claimed=("moka pot", "chamber pot", "pot belly"),
    parts=("body", "flower", "stem"),
    aliases={"bouquet": "flower", "rose": "flower", "tulip": "flower"},
)
