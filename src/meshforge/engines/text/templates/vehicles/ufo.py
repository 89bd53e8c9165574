"""A UFO: a flying saucer with a rim of lights, a glass dome on top and landing legs or a beam."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, dome, ellipsoid, rod, sphere

HULLS: tuple[RGB, ...] = ((190, 195, 205), (150, 155, 165), (120, 200, 120), (90, 90, 110))
DOMES: tuple[RGB, ...] = ((140, 220, 240), (160, 240, 170), (200, 160, 240))
LIGHTS: tuple[RGB, ...] = ((250, 220, 60), (250, 80, 80), (90, 230, 250))


def build_ufo(a: Assembly) -> None:
    """A flying saucer with a rim of lights, a glass dome on top and landing legs or a beam."""
    hull = a.pick(HULLS)
    r = a.vary(4.0, 0.1)
    thick = r * a.between(0.22, 0.3)
    z = r * 0.45
    a.add(ellipsoid((r, r, thick / 2), a.segments(r), (0, 0, z)), "hull", hull)
    a.add(
        ellipsoid((r * 0.6, r * 0.6, thick * 0.55), a.segments(r), (0, 0, z + thick * 0.1)),
        "hull",
        hull,
    )
    a.add(
        ellipsoid((r * 0.45, r * 0.45, thick * 0.5), a.segments(r), (0, 0, z - thick * 0.2)),
        "hull",
        hull,
    )
    if a.wants("dome"):
        a.add(
            dome((r * 0.38, r * 0.38, r * 0.3), a.segments(r * 0.4), (0, 0, z + thick * 0.5)),
            "dome",
            DOMES,
            Tier.SECONDARY,
        )
    count = a.count("light", a.pick((8, 10, 12)), 4, 24)
    light = a.pick(LIGHTS)
    for k in range(count):
        q = 2 * math.pi * k / count
        spot = (r * 0.86 * math.cos(q), r * 0.86 * math.sin(q), z + thick * 0.12)
        a.add(sphere(r * 0.06, 10, spot), "light", light, Tier.FIXED)
    if a.mentions("beam", "abduct", "ray") or a.chance(0.3):
        a.add(
            cylinder(r * 0.7, z, a.segments(r), (0, 0, 0), r * 0.3),
            "beam",
            (240, 250, 180),
            Tier.FIXED,
        )
        return
    if a.wants("leg"):
        for k in range(3):
            q = 2 * math.pi * k / 3 + math.pi / 2
            top = (r * 0.35 * math.cos(q), r * 0.35 * math.sin(q), z - thick * 0.3)
            foot = (r * 0.6 * math.cos(q), r * 0.6 * math.sin(q), r * 0.05)
            a.add(rod(top, foot, r * 0.035, 8), "leg", hull)
            a.add(cylinder(r * 0.1, r * 0.04, 12, (foot[0], foot[1], 0.0)), "leg", hull)


TEMPLATE = Template(
    "ufo",
    build_ufo,
    2.5,
    description="a UFO: an alien flying saucer disc with a glass dome and glowing lights",
    synonyms=("flying saucer", "alien spaceship", "alien spacecraft", "alien ship"),
    kinds=("mothership",),
    parts=("hull", "dome", "light", "beam", "leg"),
    aliases={
        "disc": "hull",
        "disk": "hull",
        "cockpit": "dome",
        "tractor beam": "beam",
    },
)
