"""A lunar lander: a gold-foil descent stage on four splayed legs, a faceted ascent cabin on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere

FOIL: tuple[RGB, ...] = ((215, 170, 60), (200, 150, 50))
CABIN: tuple[RGB, ...] = ((200, 200, 195), (170, 172, 176))
DARK: RGB = (60, 60, 66)


def build_lunar_lander(a: Assembly) -> None:
    """A gold-foil descent stage on four splayed legs with pads, a faceted ascent cabin."""
    foil, cabin = a.pick(FOIL), a.pick(CABIN)
    side = a.vary(4.2, 0.06)
    stage_z, stage_h = a.vary(1.6, 0.08), 1.7
    stage = cylinder(side * 0.68, stage_h, 8, (0, 0, stage_z)).rotate((0, 0, 22.5))
    a.add(stage, "descent stage", foil)
    reach = side * 1.05
    for k in range(4):
        t = math.pi / 4 + k * math.pi / 2
        foot = (reach * math.cos(t), reach * math.sin(t), 0.12)
        knee = (side * 0.45 * math.cos(t), side * 0.45 * math.sin(t), stage_z + stage_h * 0.8)
        a.add(rod(knee, foot, 0.09, 8), "leg", foil)
        strut = (side * 0.5 * math.cos(t), side * 0.5 * math.sin(t), stage_z + 0.1)
        a.add(rod(strut, (foot[0] * 0.85, foot[1] * 0.85, 0.8), 0.05, 6), "leg", DARK, Tier.FIXED)
        a.add(cylinder(0.45, 0.15, 16, (foot[0], foot[1], 0.0), 0.35), "pad", foil)
    ascent_z = stage_z + stage_h
    body_h = a.vary(2.2, 0.08)
    body = cylinder(side * 0.48, body_h, 6, (0, 0, ascent_z)).rotate((0, 0, 30))
    a.add(body, "cabin", cabin, Tier.SECONDARY)
    a.add(box((1.2, 1.0, 1.2), (0, -side * 0.4, ascent_z + 1.1)), "cabin", cabin, Tier.SECONDARY)
    a.add(
        box((0.5, 0.1, 0.4), (-0.3, -side * 0.4 - 0.5, ascent_z + 1.4)), "window", DARK, Tier.FIXED
    )
    a.add(
        box((0.5, 0.1, 0.4), (0.3, -side * 0.4 - 0.5, ascent_z + 1.4)), "window", DARK, Tier.FIXED
    )
    top = ascent_z + body_h - 0.1
    a.add(rod((0.8, 0.4, top), (1.0, 0.6, top + 1.0), 0.03, 6), "antenna", DARK, Tier.FIXED)
    a.add(sphere(0.35, 12, (1.0, 0.6, top + 1.0)), "antenna", (220, 220, 215), Tier.FIXED)
    a.add(cylinder(0.5, 0.5, 16, (0, 0, stage_z - 0.45), 0.3), "engine", DARK, Tier.FIXED)
    a.add(box((1.2, 0.8, 0.1), (0, -side * 0.62, stage_z + stage_h * 0.6)), "porch", foil)


TEMPLATE = Template(
    "lunar lander",
    build_lunar_lander,
    7.0,
    description="a lunar module: a squat gold-foil landing craft on four spindly legs with pads",
    synonyms=("lunar module", "moon lander", "lunar landers", "apollo lander"),
    kinds=("apollo lunar module", "lunar excursion module"),
    parts=("descent stage", "leg", "pad", "cabin", "window", "antenna", "engine", "porch"),
    aliases={"legs": "leg", "feet": "pad", "foil": "descent stage", "base": "descent stage"},
)
