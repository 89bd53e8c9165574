"""An axolotl: a smiling pink salamander with a wide flat head, three feathery gill stalks on
each side, four small legs and a long tail with a fin along it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere, union

SKINS: tuple[RGB, ...] = ((245, 175, 190), (240, 160, 180), (235, 200, 205), (90, 80, 70))
GILLS: RGB = (215, 70, 110)


def build_axolotl(a: Assembly) -> None:
    """An axolotl: pink body, wide flat head, feathery gills, four small legs, finned tail."""
    length = a.vary(0.22, 0.08)
    r = length * 0.11
    skin = a.pick(SKINS)
    lift = r * 1.1
    a.add(ellipsoid((r, length * 0.28, r * 0.85), a.segments(r), (0, 0, lift)), "body", skin)
    tail = spindle((0, length * 0.15, lift), (0, length * 0.62, lift + r * 0.1), r * 0.75, 16, 0.35)
    a.add(tail, "tail", skin)
    fin = ellipsoid((r * 0.06, length * 0.25, r * 0.55), 16, (0, length * 0.4, lift + r * 0.2))
    a.add(fin, "fin", skin, Tier.SECONDARY)
    head_r = r * 1.35
    head = (0.0, -length * 0.3, lift + r * 0.15)
    a.add(ellipsoid((head_r, head_r * 0.85, head_r * 0.65), a.segments(head_r), head), "head", skin)
    set_eyes(a, (head[0], head[1], head[2] + head_r * 0.1), head_r * 0.8, 55, 20, 0.14)
    gills = []
    for side in (-1, 1):
        for k, rise in enumerate((35.0, 0.0, -35.0)):
            root = (side * head_r * 0.8, head[1] + head_r * 0.35, head[2] + head_r * 0.15)
            turn = math.radians(rise)
            reach = head_r * (1.0 if k == 1 else 0.85)
            tip = (
                root[0] + side * reach * math.cos(turn) * 0.8,
                root[1] + reach * 0.5,
                root[2] + reach * math.sin(turn) + head_r * 0.2,
            )
            gills.append(capsule(root, tip, head_r * 0.07, 8))
            for f in (0.35, 0.6, 0.85):
                at = (
                    root[0] + (tip[0] - root[0]) * f,
                    root[1] + (tip[1] - root[1]) * f,
                    root[2] + (tip[2] - root[2]) * f,
                )
                gills.append(sphere(head_r * 0.11, 8, at))
    a.add(union(gills), "gill", GILLS, Tier.SECONDARY)
    legs = []
    for sx in (-1, 1):
        for sy in (-1, 1):
            hip = (sx * r * 0.7, sy * length * 0.15, lift - r * 0.2)
            foot = (sx * r * 1.6, sy * length * 0.15 - length * 0.03, r * 0.12)
            legs.append(capsule(hip, foot, r * 0.22, 10, r * 0.16))
    a.add(union(legs), "leg", skin)


TEMPLATE = Template(
    "axolotl",
    build_axolotl,
    0.06,
    description="a pink smiling salamander with feathery gills on both sides of its head",
    synonyms=("axolotls", "mexican walking fish"),
    kinds=("baby axolotl", "leucistic axolotl"),
    parts=("body", "head", "eye", "gill", "leg", "tail", "fin"),
    aliases={"gills": "gill", "legs": "leg", "feet": "leg", "skin": "body"},
)
