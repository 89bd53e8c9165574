"""A worm: a long soft pink body wriggling in an S along the ground, ringed with segments and
a paler saddle band near its head."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, union
from meshforge.engines.text.kit.sweeps import hoop, tube

PINKS: tuple[RGB, ...] = ((205, 120, 120), (190, 105, 100), (215, 135, 130))
SADDLE: RGB = (225, 150, 140)


def _path(length: float, sway: float, waves: float, girth: float, samples: int) -> list[Vec3]:
    """An S-shaped wriggle along X, resting on the ground, the head end lifted a little."""
    points: list[Vec3] = []
    for k in range(samples):
        t = k / (samples - 1)
        x = length * (t - 0.5)
        y = sway * math.sin(2 * math.pi * waves * t)
        lift = girth * 1.6 * max(0.0, (0.15 - t) / 0.15) ** 2  # the head end raised, probing
        points.append((x, y, girth + lift))
    return points


def build_worm(a: Assembly) -> None:
    """A worm: a long soft body wriggling in an S, ringed with segments, a pale saddle."""
    length, girth = a.vary(0.16, 0.1), a.vary(0.0045, 0.1)
    path = _path(length, length * a.between(0.08, 0.14), a.between(1.0, 1.5), girth, 28)
    color = a.pick(PINKS)
    a.add(tube(path, girth, a.segments(girth), girth * 0.75), "body", color)
    if a.wants("ring"):
        rings = []
        for k in range(2, len(path) - 2):
            here, ahead = path[k], path[k + 1]
            heading = math.degrees(math.atan2(ahead[1] - here[1], ahead[0] - here[0]))
            slope = math.degrees(math.atan2(ahead[2] - here[2], math.dist(ahead[:2], here[:2])))
            r = girth * (1 - 0.25 * k / len(path))
            ring = hoop(r, girth * 0.1, 16).rotate((0, 90 - slope, heading)).translate(here)
            rings.append(ring)
        a.add(union(rings), "ring", color)
    if a.maybe("saddle", 0.8, "earthworm"):
        k = len(path) // 4
        band = tube([path[k - 1], path[k], path[k + 1]], girth * 1.12, 16)
        a.add(band, "saddle", SADDLE, Tier.FIXED)


TEMPLATE = Template(
    "worm",
    build_worm,
    0.02,
    description="a long soft pink legless creature that wriggles through the soil",
    synonyms=("worms", "earthworm", "earthworms", "earth worm"),
    kinds=("nightcrawler", "garden worm", "bait worm", "wiggler"),
    not_claimed=("gummy worm", "book worm", "worm gear"),
    parts=("body", "ring", "saddle"),
    aliases={"segments": "ring", "rings": "ring", "band": "saddle", "clitellum": "saddle"},
)
