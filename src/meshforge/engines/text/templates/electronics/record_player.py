"""A record player: a plinth, a black record on its platter and a tonearm resting on it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME, front_knob
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, rod, slab

VINYL = (22, 22, 25)
PLINTHS = (*WOODS[:3], (30, 30, 33), (200, 203, 208), (245, 235, 215))


def build_record_player(a: Assembly) -> None:
    """A record player: a plinth, a black record on its platter and a tonearm resting on it."""
    width, depth, height = a.vary(0.45, 0.06), a.vary(0.35, 0.06), a.vary(0.1, 0.15)
    a.add(slab((width, depth, height), 0.012, 16, (0, 0, height / 2)), "plinth", PLINTHS)
    top = height
    platter_r = min(0.155, depth * 0.44)
    cx, cy = -width / 2 + platter_r + 0.035, 0.0
    a.add(
        cylinder(platter_r, 0.012, a.segments(platter_r), (cx, cy, top - 0.001)),
        "platter",
        CHROME,
        Tier.FIXED,
    )
    record_z = top + 0.011
    if a.wants("record"):
        record_r = platter_r * 0.97
        a.add(
            cylinder(record_r, 0.003, a.segments(record_r), (cx, cy, record_z)),
            "record",
            VINYL,
            Tier.FIXED,
        )
        a.add(
            cylinder(record_r * 0.33, 0.0035, 24, (cx, cy, record_z)),
            "label",
            a.pick(BRIGHTS),
            Tier.SECONDARY,
        )
    a.add(cylinder(0.0035, 0.02, 8, (cx, cy, record_z)), "platter", CHROME, Tier.FIXED)
    # the tonearm pivots at the back right and swings its head onto the record's outer grooves
    pivot = (width / 2 - 0.06, depth / 2 - 0.07, top)
    a.add(cylinder(0.022, 0.03, 20, pivot), "tonearm", CHROME, Tier.FIXED)
    arm_z = top + 0.035
    play = a.chance(0.7)
    angle = math.radians(a.between(14, 20) if play else 4.0)
    reach = math.dist((pivot[0], pivot[1]), (cx, cy)) * 0.8
    toward = math.atan2(cy - pivot[1], cx - pivot[0]) + angle
    head = (pivot[0] + reach * math.cos(toward), pivot[1] + reach * math.sin(toward), arm_z)
    a.add(rod((pivot[0], pivot[1], arm_z), head, 0.004, 8), "tonearm", CHROME, Tier.FIXED)
    counter = (pivot[0] - 0.05 * math.cos(toward), pivot[1] - 0.05 * math.sin(toward), arm_z)
    a.add(
        rod((pivot[0], pivot[1], arm_z), counter, 0.012, 16), "tonearm", BLACK_PLASTIC, Tier.FIXED
    )
    shell = box((0.03, 0.016, 0.01), (0, 0, 0)).rotate((0, 0, math.degrees(toward)))
    a.add(shell.translate((head[0], head[1], arm_z - 0.006)), "tonearm", BLACK_PLASTIC, Tier.FIXED)
    a.add(
        cylinder(0.004, arm_z - 0.006 - top, 8, (pivot[0], pivot[1], top)),
        "tonearm",
        CHROME,
        Tier.FIXED,
    )
    for k in range(2):
        x = width / 2 - 0.035 - k * 0.045
        front_knob(a, 0.012, 0.01, x, height * 0.5, -depth / 2, CHROME)
    if a.maybe("feet", 0.5):
        for sx in (-1, 1):
            for sy in (-1, 1):
                foot = cylinder(
                    0.02, 0.012, 12, (sx * (width / 2 - 0.04), sy * (depth / 2 - 0.04), -0.011)
                )
                a.add(foot, "feet", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "record player",
    build_record_player,
    0.15,
    description="a turntable that plays vinyl records, with a spinning platter and a tonearm",
    synonyms=(
        "turntable",
        "vinyl player",
        "record deck",
        "vinyl record player",
        "dj turntable",
    ),
    parts=("plinth", "platter", "record", "label", "tonearm", "knob", "feet"),
    aliases={
        "base": "plinth",
        "body": "plinth",
        "vinyl": "record",
        "disc": "record",
        "arm": "tonearm",
        "needle": "tonearm",
        "stylus": "tonearm",
        "foot": "feet",
        "knobs": "knob",
    },
)
