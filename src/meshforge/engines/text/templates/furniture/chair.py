"""A four-legged chair with a back of slats, spindles or a panel; "stool" drops the back.

An "armchair" is upholstered (a padded base, back and arms, like a one-seat sofa) unless the
prompt says it is wooden: then it is the frame chair with arms.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS, PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, slab, torus

#: words that keep an armchair a wooden frame chair with arms rather than an upholstered one
WOODEN_ARMCHAIR = (
    "wooden",
    "wood",
    "oak",
    "pine",
    "walnut",
    "maple",
    "teak",
    "bamboo",
    "rattan",
    "kitchen",
    "dining",
    "windsor",
)
LEG_DARK: RGB = (60, 45, 35)


def build_chair(a: Assembly) -> None:
    """A four-legged chair with a back of slats, spindles or a panel; "stool" drops the back."""
    frame = a.pick(WOODS + PAINTS[:2])
    if a.mentions("stool"):
        _stool(a, frame)
        return
    if a.mentions("armchair") and not a.mentions(*WOODEN_ARMCHAIR):
        # a frame chair with arms did not read as an armchair on the contact sheet
        _armchair(a)
        return
    seat_z, width, depth = a.vary(0.46, 0.08), a.vary(0.46, 0.1), a.vary(0.44, 0.1)
    back_h, leg = a.vary(0.45, 0.15), a.vary(0.04, 0.15)
    thick = 0.04
    round_legs = a.chance(0.4)
    a.add(slab((width, depth, thick), 0.02, a.segments(0.02), (0, 0, seat_z)), "seat", frame)
    x_leg, y_leg = width / 2 - leg / 2 - 0.01, depth / 2 - leg / 2 - 0.01
    for sx in (-1, 1):
        for sy in (-1, 1):
            top = seat_z if sy < 0 else seat_z + back_h
            if round_legs and sy < 0:
                solid = rod(
                    (sx * x_leg, sy * y_leg, 0),
                    (sx * x_leg, sy * y_leg, top),
                    leg * 0.45,
                    a.segments(leg),
                    leg * 0.6,
                )
            else:
                solid = box((leg, leg, top), (sx * x_leg, sy * y_leg, top / 2))
            a.add(solid, "leg" if sy < 0 else "back", frame)
    _chair_back(a, frame, width - 2 * leg, y_leg, seat_z, back_h, leg)
    if a.chance(0.5):
        for sx in (-1, 1):  # side stretchers stiffen the frame and read as "chair"
            a.add(
                box((leg * 0.6, 2 * y_leg, leg * 0.6), (sx * x_leg, 0, seat_z * 0.3)), "leg", frame
            )
    if a.maybe("arm", 0.2, "armchair"):
        for sx in (-1, 1):
            a.add(box((leg * 1.2, depth, 0.04), (sx * x_leg, 0, seat_z + 0.22)), "arm", frame)
            a.add(
                box((leg * 0.8, leg * 0.8, 0.22), (sx * x_leg, -y_leg, seat_z + 0.11)), "arm", frame
            )
    if a.maybe("cushion", 0.35, "padded", "upholstered"):
        pad = slab(
            (width - 0.03, depth - 0.05, 0.05),
            0.03,
            a.segments(0.03),
            (0, -0.01, seat_z + thick / 2 + 0.02),
        )
        a.add(pad, "cushion", a.pick(FABRICS), Tier.SECONDARY)


def _armchair(a: Assembly) -> None:
    """An upholstered armchair: a padded base on short legs, a thick back, two solid arms."""
    fabric = a.pick(FABRICS)
    width, depth = a.vary(0.82, 0.08), a.vary(0.82, 0.08)
    arm_w, leg_h, base_top = a.vary(0.16, 0.15), 0.1, a.vary(0.4, 0.06)
    back_t, back_top = 0.2, base_top + a.vary(0.48, 0.1)
    arm_top = base_top + a.vary(0.22, 0.15)
    seg = a.segments(0.05)
    base = rounded_box((width, depth, base_top - leg_h), 0.04, seg, (0, 0, (base_top + leg_h) / 2))
    a.add(base, "seat", fabric)
    leg_color = a.pick((LEG_DARK, *WOODS[:2]))
    for sx in (-1, 1):
        for sy in (-1, 1):
            foot = (sx * (width / 2 - 0.07), sy * (depth / 2 - 0.07), 0)
            # not a fixed part: the prompt's material covers the whole armchair, feet included
            a.add(cylinder(0.025, leg_h + 0.02, 12, foot, 0.018), "leg", leg_color)
    back_centre = (0, depth / 2 - back_t / 2, (back_top + leg_h) / 2)
    a.add(rounded_box((width, back_t, back_top - leg_h), 0.06, seg, back_centre), "back", fabric)
    for sx in (-1, 1):
        arm_centre = (sx * (width / 2 - arm_w / 2), 0, (arm_top + leg_h) / 2)
        a.add(rounded_box((arm_w, depth, arm_top - leg_h), 0.05, seg, arm_centre), "arm", fabric)
    if a.wants("cushion"):
        cushion = rounded_box(
            (width - 2 * arm_w - 0.01, depth - back_t + 0.02, 0.14),
            0.05,
            seg,
            (0, -back_t / 2 + 0.01, base_top + 0.06),
        )
        a.add(cushion, "cushion", fabric)


def _stool(a: Assembly, frame: RGB) -> None:
    """A round seat on three or four splayed legs joined by a ring."""
    height, radius = a.vary(0.6, 0.2), a.vary(0.17, 0.1)
    legs = a.count("leg", a.pick((3, 4)), 3, 6)
    a.add(cylinder(radius, 0.04, a.segments(radius), (0, 0, height - 0.04)), "seat", frame)
    for i in range(legs):
        angle = 2 * math.pi * i / legs
        top = (radius * 0.6 * math.cos(angle), radius * 0.6 * math.sin(angle), height - 0.02)
        foot = (radius * 1.05 * math.cos(angle), radius * 1.05 * math.sin(angle), 0.0)
        a.add(rod(foot, top, 0.018, a.segments(0.018)), "leg", frame)
    ring_z = height * 0.35
    ring_r = radius * (1.05 - 0.45 * ring_z / (height - 0.02)) - 0.005
    a.add(torus(ring_r, 0.01, a.segments(ring_r), (0, 0, ring_z)), "leg", frame)


def _chair_back(
    a: Assembly, frame: RGB, span: float, y: float, seat_z: float, back_h: float, leg: float
) -> None:
    """The back between the two rear posts."""
    style = a.pick(("slats", "panel", "spindles"))
    top_z = seat_z + back_h
    rail_h = 0.06
    a.add(box((span + 0.01, leg * 0.7, rail_h), (0, y, top_z - rail_h / 2 - 0.01)), "back", frame)
    if style == "panel":
        h = back_h * 0.5
        a.add(box((span + 0.01, leg * 0.5, h), (0, y, top_z - rail_h - h / 2)), "back", frame)
    elif style == "slats":
        for i in range(1, 3):
            z = top_z - rail_h - i * back_h * 0.22
            a.add(box((span + 0.01, leg * 0.5, 0.04), (0, y, z)), "back", frame)
    else:
        n = a.pick((3, 4, 5))
        low = seat_z + 0.02
        for i in range(n):
            x = -span / 2 + span * (i + 1) / (n + 1)
            a.add(
                box((0.02, 0.02, top_z - low - rail_h), (x, y, (low + top_z - rail_h) / 2)),
                "back",
                frame,
            )


TEMPLATE = Template(
    "chair",
    build_chair,
    0.9,
    description="a seat with a backrest and legs for one person",
    synonyms=("armchair", "stool", "dining chair", "kitchen chair"),
    kinds=(
        "wingback",
        "wingback chair",
        "deck chair",
        "lounge chair",
        "swivel chair",
        "desk chair",
        "folding chair",
        "lawn chair",
        "camp chair",
        "gaming chair",
    ),
    parts=("seat", "leg", "back", "arm", "cushion"),
    aliases={"armrest": "arm", "backrest": "back", "pad": "cushion", "pillow": "cushion"},
)
