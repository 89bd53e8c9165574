"""A kiwi fruit: a fuzzy brown egg, beside a half showing bright green flesh, a pale core and a
ring of black seeds."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, union

SKINS: tuple[RGB, ...] = ((140, 105, 60), (125, 95, 55), (150, 115, 70))
FLESH: tuple[RGB, ...] = ((120, 185, 40), (135, 195, 50))
GOLDEN: RGB = (235, 200, 60)
CORE: RGB = (235, 240, 200)
SEEDS: RGB = (25, 20, 15)


def build_kiwi(a: Assembly) -> None:
    """A kiwi fruit: a fuzzy brown egg beside a half showing green flesh, core and seeds."""
    length, radius = a.vary(0.07, 0.08), a.vary(0.026, 0.08)
    radii = (length / 2, radius, radius * 0.92)
    skin = a.pick(SKINS)
    segments = a.segments(radius)
    # the whole fruit lies at the back; the half stands in front of it, its cut face to the viewer
    whole = ellipsoid(radii, segments).rotate((0, 0, a.between(-30, 30)))
    a.add(whole.translate((0, radius * 0.9, radii[2])), "skin", skin)
    if a.mentions("whole") or not a.wants("flesh"):
        return
    half = ellipsoid(radii, segments).trim_by_plane((-1, 0, 0), 0.0)  # the x < 0 half
    # turn the cut face (+X) to face the front (-Y), tipped back a little to show it
    tip = a.between(15, 30)
    face_turn = (0, -tip, -90)
    slope = math.radians(tip)
    # high enough that the tipped half's rounded back just meets the ground
    rest = math.hypot(radii[2] * math.cos(slope), radii[0] * math.sin(slope))
    at = (a.between(-0.3, 0.3) * radius, -radius * 0.7, rest)
    a.add(half.rotate(face_turn).translate(at), "skin", skin)
    flesh_color = (GOLDEN,) if a.mentions("golden", "gold", "yellow") else FLESH
    flesh = ellipsoid((radii[0] * 0.06, radius * 0.9, radii[2] * 0.9), segments)
    a.add(flesh.rotate(face_turn).translate(at), "flesh", flesh_color, Tier.FIXED)
    core = ellipsoid((radii[0] * 0.08, radius * 0.28, radii[2] * 0.24), 16)
    a.add(core.rotate(face_turn).translate(at), "core", CORE, Tier.FIXED)
    seeds = []
    for k in range(18):
        angle = 2 * math.pi * k / 18 + a.between(-0.1, 0.1)
        spot = (0.0, radius * 0.4 * math.cos(angle), radii[2] * 0.36 * math.sin(angle))
        seed = ellipsoid((radii[0] * 0.08, radius * 0.06, radius * 0.035), 8, spot)
        seeds.append(seed)
    a.add(union(seeds).rotate(face_turn).translate(at), "seed", SEEDS, Tier.FIXED)


TEMPLATE = Template(
    "kiwi fruit",
    build_kiwi,
    0.06,
    description="a fuzzy brown kiwi fruit, cut in half to show the green flesh and black seeds",
    synonyms=("kiwi", "kiwifruit", "kiwis", "kiwi fruits", "chinese gooseberry", "golden kiwi"),
    kinds=("sliced kiwi", "halved kiwi"),
    parts=("skin", "flesh", "core", "seed"),
    aliases={"peel": "skin", "fuzz": "skin", "seeds": "seed", "inside": "flesh", "body": "skin"},
)
