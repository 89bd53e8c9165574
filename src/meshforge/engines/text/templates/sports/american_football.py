"""An American football: a brown pointed oval ball with white laces and stripes."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE, lathe_x
from meshforge.engines.text.kit.solids import box, rod, union

LEATHER = (125, 65, 35)


def build_american_football(a: Assembly) -> None:
    """An American football: a brown pointed oval ball with white laces and stripes."""
    rugby = a.mentions("rugby")
    length = a.vary(0.29 if not rugby else 0.3, 0.04)
    r = length * (0.31 if not rugby else 0.33)
    half = length / 2
    profile = [(0.0, 0.0)]
    for k in range(1, 14):
        t = k / 14
        profile.append((r * math.sin(math.pi * t) ** (0.85 if not rugby else 0.7), length * t))
    profile.append((0.0, length))
    seg = a.segments(r)
    ball = lathe_x(profile, seg, (-half, 0, r))
    a.add(ball, "ball", WHITE if rugby else LEATHER)
    if a.wants("stripe"):
        # a band just proud of the ball at each station: cheap, and it reads as a painted stripe
        stations = (0.22, 0.28) if rugby else (0.3,)
        for x in (*stations, *(-s for s in stations)):
            t = (x * length + half) / length
            rho = r * math.sin(math.pi * t) ** (0.85 if not rugby else 0.7)
            band = rod((x * length - 0.01, 0, r), (x * length + 0.01, 0, r), rho * 1.015, seg)
            a.add(band, "stripe", (200, 40, 40) if rugby else WHITE, Tier.SECONDARY)
    if rugby:
        return
    if a.wants("lace"):
        top = r * 2 + 0.001
        pieces = [rod((-length * 0.15, 0, top - 0.003), (length * 0.15, 0, top - 0.003), 0.003, 8)]
        for k in range(8):
            x = -length * 0.13 + k * length * 0.26 / 7
            pieces.append(box((0.004, 0.026, 0.005), (x, 0, top - 0.003)))
        a.add(union(pieces), "lace", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "american football",
    build_american_football,
    0.18,
    description="an oval leather ball with pointed ends and white laces used in gridiron football",
    synonyms=(
        "rugby ball",
        "gridiron football",
        "nfl football",
        "pigskin",
        "american football ball",
    ),
    kinds=("rugby", "super bowl football"),
    parts=("ball", "lace", "stripe"),
    aliases={"leather": "ball"},
)
