"""A desk lamp: a weighted foot, a flexible gooseneck arm and a small dome head aimed down."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import cylinder, rod, sphere, vessel
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import PLASTICS

BULB = (255, 245, 200)


def build_desk_lamp(a: Assembly) -> None:
    """A weighted round foot, a gooseneck arching up and over, and a dome head aimed down."""
    color = a.pick((*LAMP_METALS, *PLASTICS[:3], (240, 240, 238)))
    base_r = a.vary(0.075, 0.1)
    a.add(cylinder(base_r, 0.03, a.segments(base_r), (0, 0, 0), base_r * 0.85), "base", color)
    height, reach = a.vary(0.38, 0.12), a.vary(0.2, 0.15)
    lean = a.between(-0.04, 0.04)
    neck = [
        (0.0, 0.0, 0.02),
        (0.0, 0.0, height * 0.45),
        (lean, -reach * 0.25, height * 0.9),
        (lean, -reach * 0.7, height),
        (lean, -reach, height * 0.93),
    ]
    a.add(tube(neck, 0.007, 10), "arm", a.pick(((50, 50, 54), color)), Tier.SECONDARY)
    head_r = a.vary(0.055, 0.12)
    tip = neck[-1]
    shade = vessel(
        [(0.012, 0.0), (head_r * 0.7, head_r * 0.35), (head_r, head_r * 0.9)],
        0.003,
        0.004,
        a.segments(head_r),
    )
    tilt = a.between(150, 170)
    a.add(shade.rotate((tilt, 0, 0)).translate(tip), "shade", color)
    if a.wants("bulb"):
        # the bulb on a short socket down the shade's axis (+Z turned by the tilt about X)
        aim, reach = math.radians(tilt), head_r * 0.5
        centre = (tip[0], tip[1] - math.sin(aim) * reach, tip[2] + math.cos(aim) * reach)
        a.add(rod(tip, centre, head_r * 0.12, 10), "bulb", (60, 60, 64), Tier.FIXED)
        a.add(sphere(head_r * 0.3, 16, centre), "bulb", BULB, Tier.FIXED)


TEMPLATE = Template(
    "desk lamp",
    build_desk_lamp,
    0.42,
    description="a desk lamp with a weighted base, a flexible gooseneck arm and a small shade",
    synonyms=("gooseneck lamp", "study lamp", "flexible lamp"),
    kinds=("bendy lamp", "office lamp", "led desk lamp"),
    parts=("base", "arm", "shade", "bulb"),
    aliases={"neck": "arm", "gooseneck": "arm", "head": "shade", "light": "bulb", "foot": "base"},
)
