"""A sock as if on a foot: a ribbed cuff, a leg and foot bent at the heel, a coloured toe."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE
from meshforge.engines.text.kit.solids import box, cylinder, sphere, subtract, union
from meshforge.engines.text.kit.sweeps import tube

WOOLS: tuple[RGB, ...] = (
    WHITE,
    (30, 30, 34),
    (120, 122, 128),
    (180, 40, 50),
    (60, 90, 160),
    (90, 140, 90),
)


def build_sock(a: Assembly) -> None:
    """A sock as if on a foot: a ribbed cuff, a leg and foot bent at the heel, a coloured toe.

    The heel and toe patches and the stripes are cut from a slightly fatter copy of the same
    tube, so they lie flush on the knit like dyed yarn instead of standing off it as rings.
    """
    leg_h, foot_l, r = a.vary(0.26, 0.15), a.vary(0.23, 0.08), a.vary(0.036, 0.08)
    color = a.pick(WOOLS)
    trim = a.pick([c for c in SPORTY if c != color])
    seg = a.segments(r * 0.7)
    path = [
        (0.0, 0.0, leg_h),
        (0.0, 0.0, r * 1.9),
        (0.0, -r * 0.25, r * 1.05),
        (0.0, -r * 1.4, r * 0.95),
        (0.0, -foot_l * 0.6, r * 0.9),
        (0.0, -foot_l + r, r * 0.85),
    ]

    def knit(grow: float) -> Manifold:
        # the foot is wider than it is tall, as on a foot
        return tube(path, r * grow, seg, r * 0.9 * grow).scale((1.08, 1.0, 1.0))

    # open at the top: the tube's round end cut off and a mouth hollowed into the cuff
    mouth = cylinder(r * 0.8, r * 2.5, seg, (0, 0, leg_h - r * 0.7))
    a.add(subtract(knit(1.0), box((r * 4, r * 4, r * 2), (0, 0, leg_h + r)), mouth), "sock", color)
    patch = knit(1.04)
    # the heel: the back of the bend, bulging behind the leg
    heel_cut = box((r * 3, r * 1.6, r * 2.2), (0.0, r * 0.55, r * 1.1))
    if a.wants("heel"):
        a.add(patch ^ heel_cut, "heel", trim, Tier.SECONDARY)
        a.add(sphere(r * 0.92, seg, (0.0, r * 0.12, r * 1.15)), "heel", trim, Tier.SECONDARY)
    if a.wants("toe"):
        toe_cut = box((r * 3, r * 1.6, r * 3), (0.0, -foot_l + r * 0.6, r))
        a.add(patch ^ toe_cut, "toe", trim, Tier.SECONDARY)
    # the ribbed cuff: a band a little proud of the leg, fluted all round, drawn as one
    # ribbed ring in 2D and extruded (no 3D booleans: cheap at any resolution)
    cuff_h = r * 1.3
    ribs = max(12, seg // 2)
    outline = [
        (
            r * (1.1 + 0.05 * (k % 2)) * math.cos(math.pi * k / ribs),
            r * (1.1 + 0.05 * (k % 2)) * math.sin(math.pi * k / ribs),
        )
        for k in range(2 * ribs)
    ]
    ring = CrossSection([outline]) - CrossSection.circle(r * 0.8, seg)
    cuff = Manifold.extrude(ring, cuff_h).translate((0, 0, leg_h - cuff_h))
    a.add(cuff, "cuff", color)
    usual = 3 if a.mentions("striped", "stripy", "stripe") else a.pick((0, 2, 2, 3))
    stripes = a.count("stripe", usual, 0, 5)
    bands = [
        box((r * 3, r * 3, r * 0.35), (0, 0, z))
        for k in range(stripes)
        if (z := leg_h - cuff_h - r * 0.5 - k * r * 0.7) >= r * 2.4
    ]
    if bands:
        a.add(patch ^ union(bands), "stripe", trim, Tier.SECONDARY)


TEMPLATE = Template(
    "sock",
    build_sock,
    0.25,
    description="a knitted sock with a ribbed cuff and a coloured heel and toe",
    synonyms=(
        "socks",
        "pair of socks",
        "knee sock",
        "ankle sock",
        "wool sock",
        "tube sock",
        "stocking",
    ),
    kinds=("christmas stocking",),
    not_claimed=("sock puppet", "wind sock"),
    parts=("sock", "heel", "toe", "cuff", "stripe"),
    aliases={"stripes": "stripe", "body": "sock", "leg": "sock", "band": "stripe"},
)
