"""A diamond-frame bicycle seen side-on to the right: two spoked wheels, saddle, handlebar."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, subtract, union
from meshforge.engines.text.kit.vehicles import FRAME_DARK, HUB, PAINTS, TYRE

SADDLE: RGB = (40, 35, 32)


def build_bicycle(a: Assembly) -> None:
    """A diamond-frame bicycle seen side-on to the right: two spoked wheels, saddle, handlebar."""
    wheel_r, base = a.vary(0.34, 0.06), a.vary(1.02, 0.05)
    tube_r, paint = 0.016, a.pick(PAINTS)
    rear, front = (0.0, base / 2, wheel_r), (0.0, -base / 2, wheel_r)
    for hub in (rear, front):
        # a thin tyre needs few segments round its section, however many round the wheel
        section = CrossSection.circle(0.022, 12).translate((wheel_r - 0.02, 0.0))
        ring = Manifold.revolve(section, a.segments(wheel_r)).rotate((0, 90, 0)).translate(hub)
        a.add(ring, "wheel", TYRE, Tier.FIXED)
        spokes = [
            rod(
                hub,
                (
                    0.0,
                    hub[1] + (wheel_r - 0.03) * math.cos(t),
                    hub[2] + (wheel_r - 0.03) * math.sin(t),
                ),
                0.003,
                6,
            )
            for t in (k * math.pi / 8 for k in range(16))
        ]
        hub_disc = rod((-0.04, hub[1], hub[2]), (0.04, hub[1], hub[2]), 0.022, 12)
        a.add(union([*spokes, hub_disc]), "spoke", HUB, Tier.FIXED)
    crank = (0.0, base * 0.08, wheel_r - 0.03)
    seat = (0.0, base * 0.2, wheel_r + a.vary(0.5, 0.08))
    head_low = (0.0, -base * 0.36, wheel_r + 0.3)
    head_top = (0.0, -base * 0.39, wheel_r + 0.45)
    top_join = (seat[0], seat[1] - 0.015, seat[2] - 0.06)
    frame = [
        (crank, top_join),
        (top_join, head_top),
        (crank, head_low),
        (crank, rear),
        (top_join, rear),
        (head_low, head_top),
        (head_low, front),
    ]
    a.add(union([capsule(p, q, tube_r, a.segments(tube_r)) for p, q in frame]), "frame", paint)
    post_top = (seat[0], seat[1] + 0.02, seat[2] + 0.08)
    a.add(rod(top_join, post_top, 0.012, 8), "frame", HUB, Tier.FIXED)
    saddle = ellipsoid(
        (0.08, 0.14, 0.03), a.segments(0.08), (0, post_top[1] + 0.02, post_top[2] + 0.02)
    )
    a.add(saddle, "saddle", SADDLE, Tier.SECONDARY)
    stem = (0.0, head_top[1] + 0.05, head_top[2] + 0.1)
    a.add(capsule(head_top, stem, 0.014, 8), "handlebar", HUB, Tier.FIXED)
    a.add(
        capsule((-0.28, stem[1], stem[2]), (0.28, stem[1], stem[2]), 0.013, 8),
        "handlebar",
        HUB,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        grip = capsule((sx * 0.2, stem[1], stem[2]), (sx * 0.3, stem[1], stem[2]), 0.02, 8)
        a.add(grip, "grip", SADDLE, Tier.FIXED)
    ring = rod((0.03, crank[1], crank[2]), (0.04, crank[1], crank[2]), 0.09, a.segments(0.09))
    a.add(ring, "chainring", HUB, Tier.FIXED)
    for sx, dz in ((1, -0.16), (-1, 0.16)):
        tip = (sx * 0.08, crank[1], crank[2] + dz)
        a.add(capsule((0.0, crank[1], crank[2]), tip, 0.012, 8), "pedal", FRAME_DARK, Tier.FIXED)
        a.add(
            box((0.09, 0.06, 0.02), (tip[0] + sx * 0.04, tip[1], tip[2])),
            "pedal",
            FRAME_DARK,
            Tier.FIXED,
        )
    if a.maybe("basket", 0.2):
        basket = subtract(
            box((0.34, 0.26, 0.22), (0, front[1] - 0.05, stem[2] - 0.08)),
            box((0.3, 0.22, 0.3), (0, front[1] - 0.05, stem[2] + 0.0)),
        )
        a.add(basket, "basket", (180, 140, 90), Tier.SECONDARY)
        a.add(
            rod((0, front[1] - 0.05, stem[2] - 0.2), (0, head_top[1], head_top[2]), 0.01, 8),
            "basket",
            (180, 140, 90),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "bicycle",
    build_bicycle,
    1.0,
    description="a two-wheeled vehicle with pedals",
    synonyms=("bike", "push bike", "mountain bike", "cycle", "bmx"),
    not_claimed=("quad bike",),  # a four-wheeled ATV: the vehicles fallback
    kinds=(
        "penny farthing",
        "velocipede",
        "road bike",
        "racing bike",
        "fixie",
        "tandem bicycle",
        "ebike",
        "beach cruiser",
        "kids bike",
        "city bike",
        "touring bike",
        "gravel bike",
        "folding bike",
    ),
    parts=(
        "frame",
        "wheel",
        "spoke",
        "saddle",
        "handlebar",
        "grip",
        "pedal",
        "chainring",
        "basket",
    ),
    aliases={"seat": "saddle", "tyre": "wheel", "tire": "wheel", "handle": "handlebar"},
)
