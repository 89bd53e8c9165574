"""A sock as if on a foot: a ribbed cuff, a leg and foot bent at the heel, a coloured toe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE
from meshforge.engines.text.kit.solids import cylinder, sphere
from meshforge.engines.text.kit.sweeps import hoop, tube

WOOLS: tuple[RGB, ...] = (
    WHITE,
    (30, 30, 34),
    (120, 122, 128),
    (180, 40, 50),
    (60, 90, 160),
    (90, 140, 90),
)


def build_sock(a: Assembly) -> None:
    """A sock as if on a foot: a ribbed cuff, a leg and foot bent at the heel, a coloured toe."""
    leg_h, foot_l, r = a.vary(0.22, 0.2), a.vary(0.2, 0.08), a.vary(0.038, 0.08)
    color = a.pick(WOOLS)
    trim = a.pick([c for c in SPORTY if c != color])
    path = [
        (0.0, 0.0, leg_h),
        (0.0, 0.0, r * 1.4),
        (0.0, -r * 0.6, r * 1.0),
        (0.0, -foot_l * 0.5, r),
        (0.0, -foot_l + r, r * 0.95),
    ]
    a.add(tube(path, r, a.segments(r * 0.4), r * 0.92), "sock", color)
    # heel and toe patches: spheres proud of the tube where it bends and where it ends
    a.add(
        sphere(r * 1.03, a.segments(r * 0.4), (0.0, 0.0, r * 1.25)).scale((1.0, 1.0, 1.0)),
        "heel",
        trim,
        Tier.SECONDARY,
    )
    a.add(
        sphere(r * 0.97, a.segments(r * 0.4), (0.0, -foot_l + r, r * 0.95)),
        "toe",
        trim,
        Tier.SECONDARY,
    )
    a.add(cylinder(r * 1.08, r * 1.1, a.segments(r * 0.4), (0, 0, leg_h - r * 1.1)), "cuff", color)
    stripes = a.count("stripe", a.pick((0, 0, 2, 3)), 0, 5)
    for k in range(stripes):
        z = leg_h - r * 1.6 - k * r * 0.8
        a.add(
            hoop(r * 1.0, r * 0.15, a.segments(r * 0.4), (0, 0, z)), "stripe", trim, Tier.SECONDARY
        )


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
