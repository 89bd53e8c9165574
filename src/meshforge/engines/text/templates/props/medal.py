"""A medal: a gold, silver or bronze disc with a star, hanging from a striped ribbon."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, torus
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

METALS: tuple[RGB, ...] = ((235, 190, 60), (205, 207, 212), (190, 120, 60))
RIBBONS: tuple[RGB, ...] = ((200, 30, 40), (30, 70, 160), (40, 120, 70), (240, 240, 235))


def build_medal(a: Assembly) -> None:
    """A medal: a gold, silver or bronze disc with a star, hanging from a striped ribbon."""
    r = a.vary(0.035, 0.12)
    ribbon_len = r * a.between(1.8, 2.6)
    metal = a.pick(METALS)
    if a.mentions("silver"):
        metal = METALS[1]
    elif a.mentions("bronze"):
        metal = METALS[2]
    t = r * 0.15
    a.add(front_disc(r, t, a.segments(r), 0.0, r), "medal", metal)
    a.add(
        torus(r * 0.95, t * 0.45, a.segments(r)).rotate((90, 0, 0)).translate((0, 0, r)),
        "medal",
        metal,
    )
    points = [
        (
            (r * 0.55 if k % 2 == 0 else r * 0.23) * math.cos(math.pi / 2 + k * math.pi / 5),
            r + (r * 0.55 if k % 2 == 0 else r * 0.23) * math.sin(math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    a.add(face_prism(points, t * 0.6, -t * 0.55), "star", metal)
    a.add(
        torus(r * 0.14, r * 0.04, 12).rotate((0, 90, 0)).translate((0, 0, 2 * r + r * 0.1)),
        "medal",
        metal,
    )
    color = a.pick(RIBBONS)
    top = 2 * r + ribbon_len
    ribbon = face_prism(
        [
            (-r * 0.45, 2 * r + r * 0.12),
            (r * 0.45, 2 * r + r * 0.12),
            (r * 0.6, top),
            (-r * 0.6, top),
        ],
        t * 0.3,
    )
    a.add(ribbon, "ribbon", color, Tier.SECONDARY)
    stripe = box(
        (r * 0.2, t * 0.4, ribbon_len - r * 0.1), (0, 0, 2 * r + ribbon_len / 2 + r * 0.06)
    )
    a.add(stripe, "stripe", (245, 245, 240) if color != RIBBONS[3] else RIBBONS[0], Tier.FIXED)


TEMPLATE = Template(
    "medal",
    build_medal,
    0.12,
    description="a round gold medal with a star hanging from a ribbon, won in a race or games",
    synonyms=(
        "gold medal",
        "silver medal",
        "bronze medal",
        "olympic medal",
        "medals",
        "award medal",
    ),
    kinds=("military medal", "medal of honor", "war medal", "first place medal"),
    parts=("medal", "star", "ribbon", "stripe"),
    aliases={"disc": "medal", "coin": "medal", "strap": "ribbon", "lanyard": "ribbon"},
)
