"""A seahorse: an upright ringed body curving into a tail curled forward beneath it, a
horse-like head bowed forward on a long tube snout, a small crown and a dorsal fin."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.sweeps import tube

COLORS: tuple[RGB, ...] = ((245, 170, 40), (230, 120, 50), (120, 170, 190), (235, 200, 80))


def build_seahorse(a: Assembly) -> None:
    """A seahorse: an upright ringed body, a curled tail, a bowed head on a tube snout."""
    h = a.vary(0.15, 0.08)
    color = a.pick(COLORS)
    belly = a.vary(1.0, 0.08)
    neck: tuple[Vec3, Vec3] = ((0.0, 0.0, h * 0.68), (0.0, h * 0.05, h * 0.8))
    trunk = union(
        [
            ellipsoid(
                (h * 0.085, h * 0.11 * belly, h * 0.13),
                a.segments(h * 0.1),
                (0.0, -h * 0.01, h * 0.5),
            ),
            capsule(neck[0], neck[1], h * 0.06, a.segments(h * 0.06)),
        ]
    )
    a.add(trunk, "body", color)
    # the tail: down from the belly and curled forward into a spiral at the bottom
    curl: list[Vec3] = [(0.0, h * 0.02, h * 0.45), (0.0, h * 0.06, h * 0.3)]
    for k in range(7):
        t = math.pi * 1.5 * k / 6
        rad = h * 0.1 * (1 - 0.5 * k / 6)
        curl.append((0.0, h * 0.06 - rad + rad * math.cos(t), h * 0.16 - rad * math.sin(t)))
    a.add(tube(curl, h * 0.035, a.segments(h * 0.04), h * 0.012), "tail", color)
    # rings round the body
    rings = [
        cylinder(h * 0.082, h * 0.012, a.segments(h * 0.08), (0.0, -h * 0.01, h * z)).scale(
            (1.0, 1.25, 1.0)
        )
        for z in (0.42, 0.5, 0.58)
    ]
    darker: RGB = (max(0, color[0] - 40), max(0, color[1] - 40), max(0, color[2] - 30))
    a.add(union(rings), "ring", darker, Tier.FIXED)
    head: Vec3 = (0.0, h * 0.0, h * 0.86)
    hr = h * 0.065
    a.add(sphere(hr, a.segments(hr), head), "head", color)
    snout = rod(
        (0.0, head[1] - hr * 0.5, head[2] - hr * 0.1),
        (0.0, head[1] - hr * 2.6, head[2] - hr * 0.9),
        hr * 0.32,
        12,
        hr * 0.26,
    )
    a.add(snout, "snout", color)
    a.add(
        cylinder(hr * 0.3, hr * 0.9, 8, (0, head[1] + hr * 0.2, head[2] + hr * 0.6), hr * 0.15),
        "crown",
        darker,
        Tier.FIXED,
    )
    set_eyes(a, head, hr, 60, 10, 0.25)
    fin = ellipsoid((h * 0.01, h * 0.06, h * 0.07), 12, (0.0, h * 0.1, h * 0.55))
    a.add(fin, "fin", darker, Tier.SECONDARY)


TEMPLATE = Template(
    "seahorse",
    build_seahorse,
    0.15,
    description="a small upright sea fish with a horse-like head and a tail curled beneath it",
    synonyms=("sea horse", "seahorses", "sea horses"),
    kinds=("sea dragon", "pygmy seahorse"),
    parts=("body", "ring", "tail", "head", "snout", "crown", "eye", "fin"),
    aliases={"tube": "snout", "mouth": "snout", "coronet": "crown"},
)
