"""A billiard ball: a glossy coloured ball with a white number circle, or a white band."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, sphere

COLORS: tuple[RGB, ...] = (
    (240, 200, 30),
    (30, 70, 170),
    (200, 30, 35),
    (100, 40, 130),
    (240, 120, 30),
    (30, 120, 60),
    (120, 30, 35),
    (25, 25, 28),
)
WHITE: RGB = (248, 248, 244)
INK: RGB = (25, 25, 28)


def build_billiard_ball(a: Assembly) -> None:
    """A glossy coloured ball with a white number circle, or a white band if striped."""
    r = a.vary(0.0286, 0.02) * (4.0 if a.mentions("magic") else 1.0)
    black = a.mentions("eight", "magic", "8")
    cue = a.mentions("cue") and not black
    color = WHITE if cue else (COLORS[-1] if black else a.pick(COLORS))
    center = (0.0, 0.0, r)
    segments = max(32, a.segments(r) * 2)
    if a.mentions("striped", "stripe", "stripes") and not (cue or black):
        a.add(sphere(r, segments, center), "ball", WHITE, Tier.SECONDARY)
        a.add(cylinder(r * 1.003, r * 1.0, segments, (0, 0, r * 0.5)), "ball", color)
    else:
        a.add(sphere(r, segments, center), "ball", color)
    if not cue:
        spot = rod((0, -r * 0.7, r * 1.15), (0, -r * 1.0, r * 1.3), r * 0.42, 24)
        a.add(spot ^ sphere(r * 1.01, segments, center), "number", WHITE, Tier.FIXED)
        a.add(
            rod((0, -r * 0.9, r * 1.25), (0, -r * 1.02, r * 1.31), r * 0.12, 12),
            "number",
            INK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "billiard ball",
    build_billiard_ball,
    0.057,
    description="a billiard ball: a shiny numbered pool ball, like the black eight ball",
    synonyms=(
        "pool ball",
        "eight ball",
        "cue ball",
        "snooker ball",
        "billiard balls",
        "pool balls",
    ),
    kinds=("magic eight ball",),
    parts=("ball", "number"),
    aliases={"circle": "number", "spot": "number", "stripe": "ball"},
)
