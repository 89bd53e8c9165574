"""An ice cream cone: a waffle cone holding one to three scoops, maybe a cherry or sprinkles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import sprinkles
from meshforge.engines.text.kit.solids import Vec3, cylinder, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

WAFFLE: RGB = (215, 160, 85)
FLAVOURS: tuple[RGB, ...] = (
    (250, 240, 215),
    (245, 170, 190),
    (110, 70, 45),
    (170, 220, 160),
    (250, 220, 120),
    (190, 160, 220),
)
CHERRY: RGB = (190, 25, 40)


def build_ice_cream(a: Assembly) -> None:
    """An ice cream cone: a waffle cone holding scoops, maybe a cherry or sprinkles."""
    cone_h, top_r = a.vary(0.12, 0.1), a.vary(0.028, 0.1)
    seg = a.segments(top_r * 2)
    a.add(cylinder(0.003, cone_h, seg, (0, 0, 0), top_r), "cone", WAFFLE)
    rings = [
        hoop(0.003 + (top_r - 0.003) * f, 0.0012, seg // 3, (0, 0, cone_h * f))
        for f in (0.3, 0.55, 0.8)
    ]
    a.add(union(rings), "cone", (190, 130, 60), Tier.FIXED)
    a.add(hoop(top_r, 0.004, seg, (0, 0, cone_h)), "cone", WAFFLE)
    scoops = a.count("scoop", a.pick((1, 2, 2, 3)), 1, 4)
    z = cone_h + top_r * 0.35
    scoop_r = top_r * 1.15
    flavours = list(FLAVOURS)
    for k in range(scoops):
        color = flavours.pop(int(a.between(0, len(flavours) - 0.001)))
        tier = Tier.PRIMARY if k == 0 else Tier.SECONDARY
        blob = sphere(scoop_r, a.segments(scoop_r) * 3 // 4, (0, 0, z))
        lip = hoop(
            scoop_r * 0.92, scoop_r * 0.16, a.segments(scoop_r) // 2, (0, 0, z - scoop_r * 0.45)
        )
        a.add(union([blob, lip]), f"scoop {k}" if k else "scoop", color, tier)
        z += scoop_r * 1.45
    top = z - scoop_r * 1.45 + scoop_r
    if a.maybe("cherry", 0.3):
        a.add(
            sphere(scoop_r * 0.28, 12, (0, 0, top + scoop_r * 0.18)), "cherry", CHERRY, Tier.FIXED
        )
    elif a.maybe("sprinkle", 0.4):
        places: list[tuple[Vec3, float]] = []
        centre = top - scoop_r
        golden = math.pi * (3 - math.sqrt(5))
        for k in range(a.count("sprinkle", 14, 0, 40)):
            theta, phi = k * golden, math.radians(30 + 55 * ((k * 0.618) % 1.0))
            p = (
                scoop_r * math.cos(phi) * math.cos(theta),
                scoop_r * math.cos(phi) * math.sin(theta),
                centre + scoop_r * math.sin(phi) - 0.0005,
            )
            places.append((p, math.degrees(theta) + 90))
        sprinkles(a, places, scoop_r * 0.22, scoop_r * 0.05)


TEMPLATE = Template(
    "ice cream cone",
    build_ice_cream,
    0.18,
    description="scoops of ice cream in a crisp waffle cone",
    synonyms=("ice cream", "icecream", "ice cream cone", "gelato", "cornet", "waffle cone"),
    kinds=(
        "soft serve",
        "double scoop",
        "sundae cone",
        "ice cream scoop",
    ),
    parts=("cone", "scoop", "cherry", "sprinkle"),
    aliases={"ball": "scoop", "waffle": "cone"},
)
