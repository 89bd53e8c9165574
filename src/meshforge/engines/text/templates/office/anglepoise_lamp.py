"""An architect's desk lamp: a round foot, jointed arms and a cone shade aimed down."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, cylinder, rod, sphere, vessel

COLORS: tuple[RGB, ...] = (
    (30, 30, 33),
    (220, 40, 40),
    (240, 240, 238),
    (60, 110, 170),
    (240, 200, 40),
    (120, 170, 150),
)
BULB: RGB = (255, 245, 200)


def build_anglepoise_lamp(a: Assembly) -> None:
    """An architect's desk lamp: a round foot, two jointed arms and a cone shade aimed down."""
    color = a.pick(COLORS)
    base_r = a.vary(0.08, 0.1)
    lower, upper = a.vary(0.32, 0.1), a.vary(0.3, 0.1)
    a.add(cylinder(base_r, 0.025, a.segments(base_r), (0, 0, 0), base_r * 0.85), "base", color)
    knuckle: Vec3 = (0.0, 0.0, 0.05)
    a.add(cylinder(0.02, 0.03, 12, (0, 0, 0.02)), "base", color)
    up = math.radians(a.between(60, 80))
    elbow: Vec3 = (0.0, -lower * math.cos(up), knuckle[2] + lower * math.sin(up))
    down = math.radians(a.between(-25, 15))
    wrist: Vec3 = (0.0, elbow[1] - upper * math.cos(down) * -1, elbow[2] + upper * math.sin(down))
    for start, end in ((knuckle, elbow), (elbow, wrist)):
        for dx in (-0.012, 0.012):
            a.add(
                rod((start[0] + dx, start[1], start[2]), (end[0] + dx, end[1], end[2]), 0.005, 8),
                "arm",
                (60, 60, 64),
                Tier.FIXED,
            )
    for joint in (knuckle, elbow, wrist):
        a.add(
            rod(
                (joint[0] - 0.018, joint[1], joint[2]),
                (joint[0] + 0.018, joint[1], joint[2]),
                0.01,
                12,
            ),
            "arm",
            color,
        )
    shade_r = a.vary(0.075, 0.12)
    shade_h = shade_r * 1.2
    shade = vessel(
        [(0.02, 0.0), (shade_r * 0.45, shade_h * 0.35), (shade_r, shade_h)],
        0.003,
        0.004,
        a.segments(shade_r),
    )
    aim = a.between(30, 55)
    shade = shade.rotate((180 - aim, 0, 0)).translate((wrist[0], wrist[1] - 0.0, wrist[2]))
    a.add(shade, "shade", color)
    if a.wants("bulb"):
        # the bulb hangs inside the shade, just off its closed end
        tip = math.radians(180 - aim)
        centre = (
            wrist[0],
            wrist[1] - math.sin(tip) * shade_h * 0.45,
            wrist[2] + math.cos(tip) * shade_h * 0.45,
        )
        a.add(rod(wrist, centre, 0.009, 8), "bulb", (60, 60, 64), Tier.FIXED)
        a.add(sphere(shade_r * 0.32, 16, centre), "bulb", BULB, Tier.FIXED)


TEMPLATE = Template(
    "anglepoise lamp",
    build_anglepoise_lamp,
    0.55,
    description="an adjustable architect desk lamp with a jointed metal arm and a cone shade",
    synonyms=(
        "anglepoise",
        "architect lamp",
        "task lamp",
        "swing arm lamp",
        "adjustable lamp",
        "luxo lamp",
        "pixar lamp",
    ),
    kinds=("drafting lamp", "balanced arm lamp"),
    parts=("base", "arm", "shade", "bulb"),
    aliases={"foot": "base", "light": "bulb", "head": "shade"},
)
