"""A fireplace: a brick or stone surround with a mantel shelf, a dark firebox, logs and flames."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, subtract

SURROUNDS: tuple[RGB, ...] = ((165, 75, 55), (185, 180, 170), (235, 232, 225), (120, 115, 110))
MANTELS: tuple[RGB, ...] = ((110, 70, 40), (235, 232, 225), (60, 60, 64))
SOOT: RGB = (30, 26, 24)
LOG: RGB = (105, 70, 40)
FLAMES: tuple[RGB, ...] = ((250, 120, 20), (250, 190, 40), (240, 70, 20))


def build_fireplace(a: Assembly) -> None:
    """A fireplace: a brick or stone surround with a mantel shelf, a dark firebox, logs."""
    width, depth, height = a.vary(1.4, 0.1), a.vary(0.4, 0.1), a.vary(1.15, 0.08)
    surround = a.pick(SURROUNDS)
    open_w, open_h = width * a.between(0.5, 0.6), height * a.between(0.5, 0.6)
    body = box((width, depth, height), (0, 0, height / 2))
    firebox = box((open_w, depth, open_h), (0, -depth * 0.25, 0.08 + open_h / 2))
    a.add(subtract(body, firebox), "surround", surround)
    back_y = -depth * 0.25 + depth / 2
    a.add(
        box((open_w, 0.02, open_h), (0, back_y - 0.005, 0.08 + open_h / 2)),
        "firebox",
        SOOT,
        Tier.FIXED,
    )
    hearth = box((width * 1.05, depth + 0.25, 0.06), (0, -0.12, 0.03))
    a.add(hearth, "hearth", a.pick(((90, 88, 85), (150, 145, 140))), Tier.SECONDARY)
    mantel = box((width + 0.16, depth + 0.12, 0.07), (0, -0.04, height + 0.035))
    a.add(mantel, "mantel", a.pick(MANTELS), Tier.SECONDARY)
    fire_z = 0.1
    cy = back_y - depth * 0.35
    if a.wants("log"):
        for k, tilt in enumerate((-12.0, 12.0)):
            half = open_w * 0.36
            dx = half * math.cos(math.radians(tilt))
            dy = half * math.sin(math.radians(tilt))
            y = cy + (k - 0.5) * 0.08
            a.add(
                rod((-dx, y - dy, fire_z), (dx, y + dy, fire_z), 0.045, 12), "log", LOG, Tier.FIXED
            )
    if a.maybe("fire", 0.85, "lit", "burning", "flame", "flames", "cozy"):
        for k in range(a.pick((3, 4, 5))):
            x = (k / 2 - 1) * open_w * 0.18 + a.between(-0.03, 0.03)
            tall = open_h * a.between(0.3, 0.55)
            flame = cylinder(0.07, tall, 12, (x, cy, fire_z + 0.02), 0.0)
            a.add(flame, "fire", FLAMES[k % len(FLAMES)], Tier.FIXED)
        a.add(
            ellipsoid((open_w * 0.3, 0.09, 0.06), 16, (0, cy, fire_z + 0.04)),
            "fire",
            FLAMES[0],
            Tier.FIXED,
        )


TEMPLATE = Template(
    "fireplace",
    build_fireplace,
    1.15,
    description="a brick hearth in a living room wall with a mantel and a log fire burning",
    synonyms=("hearth", "mantelpiece", "mantel", "brick fireplace", "stone fireplace"),
    kinds=("open fireplace", "wood burning fireplace", "cozy fireplace", "inglenook"),
    not_claimed=("mantel clock", "mantelpiece clock"),
    parts=("surround", "firebox", "hearth", "mantel", "log", "fire"),
    aliases={
        "flame": "fire",
        "flames": "fire",
        "logs": "log",
        "brick": "surround",
        "shelf": "mantel",
        "mantle": "mantel",
    },
)
