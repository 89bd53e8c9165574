"""A pineapple: a tall oval fruit covered in diamond scales, under a crown of spiky leaves."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import cylinder, union

SKINS: tuple[RGB, ...] = ((205, 150, 45), (190, 135, 40), (215, 165, 60))
SCALE: RGB = (150, 105, 35)
CROWN: tuple[RGB, ...] = ((70, 130, 60), (60, 115, 65), (90, 140, 55))


def build_pineapple(a: Assembly) -> None:
    """A pineapple: a tall oval fruit covered in diamond scales, under a crown of spiky leaves."""
    radius, height = a.vary(0.06, 0.08), a.vary(0.2, 0.08)

    def radius_at(z: float) -> float:
        u = min(1.0, abs(2 * z / height - 1))
        return radius * float((1 - u**2.6) ** (1 / 2.6))

    a.add(turned(radius_at, height, a.segments(radius)), "skin", SKINS)
    if a.wants("scale"):
        # the eyes of the fruit: small pyramids in offset rows, each a four-sided cone
        rows, per_row = 8, 9
        studs = []
        for row in range(rows):
            z = height * (0.12 + 0.76 * row / (rows - 1))
            r = radius_at(z)
            for k in range(per_row):
                angle = 2 * math.pi * (k + 0.5 * (row % 2)) / per_row
                stud = cylinder(radius * 0.13, radius * 0.09, 4, (0, 0, 0), 0.0)
                stud = stud.rotate((0, 90, 0)).rotate((0, 0, math.degrees(angle)))
                at = (r * 0.97 * math.cos(angle), r * 0.97 * math.sin(angle), z)
                studs.append(stud.translate(at))
        a.add(union(studs), "scale", SCALE, Tier.FIXED)
    if a.wants("leaf"):
        blades = []
        tiers = a.pick((3, 4))
        for tier in range(tiers):
            count = 7 - tier
            lift = 35 + tier * 15  # the inner leaves stand more upright
            length = radius * (1.6 - 0.2 * tier) * a.vary(1.0, 0.1)
            for k in range(count):
                blade = cylinder(radius * 0.14, length, 4, (0, 0, 0), 0.0).scale((1.0, 0.3, 1.0))
                blade = blade.rotate((0, 90 - lift, 0)).rotate((0, 0, 360 * k / count + 25 * tier))
                blades.append(blade.translate((0, 0, height * 0.96 + tier * radius * 0.05)))
        a.add(union(blades), "leaf", CROWN)


TEMPLATE = Template(
    "pineapple",
    build_pineapple,
    0.3,
    description="a tropical pineapple with a scaly golden skin and a crown of spiky leaves",
    synonyms=("ananas",),
    not_claimed=("pineapple juice", "pineapple pizza"),
    parts=("skin", "scale", "leaf"),
    aliases={"crown": "leaf", "leaves": "leaf", "fruit": "skin", "body": "skin", "eyes": "scale"},
)
