"""A stethoscope on a table: the rubber tube loops to a round chest piece, the steel headset stands
up from the Y junction with its ear tips facing."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import STEEL

TUBING: tuple[RGB, ...] = ((35, 35, 38), (40, 90, 190), (200, 40, 45), (60, 62, 68), (70, 150, 90))
EAR_TIPS: RGB = (50, 50, 54)


def build_stethoscope(a: Assembly) -> None:
    """A stethoscope lying on a table: the rubber tube loops on the table to the chest piece, and
    the steel headset stands up from the Y junction, its ear tips curving in to face each other."""
    r = a.vary(0.0065, 0.1)
    z = r  # the tubing lies on the table
    reach = a.vary(0.3, 0.1)
    color = a.pick(TUBING)
    # the single tube from the Y junction swings round in a loose loop to the chest piece
    junction = (0.0, 0.02, z)
    swing = a.pick((-1, 1))
    loop = [
        junction,
        (swing * 0.02, -reach * 0.3, z),
        (swing * 0.1, -reach * 0.6, z),
        (swing * 0.06, -reach * 0.9, z),
        (swing * -0.04, -reach * 0.85, z),
        (swing * -0.07, -reach * 0.62, z),
    ]
    a.add(tube(loop, r, 10), "tube", color)
    # the chest piece lies flat at the loop's end: a steel drum, its diaphragm ring, a small bell
    head_r = a.vary(0.026, 0.1)
    stem_end = (swing * -0.07, -reach * 0.62, z)
    centre = (stem_end[0] - swing * head_r * 0.9, stem_end[1] + head_r * 0.6, 0.0)
    a.add(
        rod(stem_end, (centre[0], centre[1], 0.011), r * 0.7, 10), "chest piece", STEEL, Tier.FIXED
    )
    a.add(cylinder(head_r, 0.012, 32, centre), "chest piece", STEEL, Tier.FIXED)
    a.add(cylinder(head_r * 1.04, 0.005, 32, centre), "chest piece", (30, 30, 33), Tier.FIXED)
    bell = (centre[0], centre[1], 0.011)
    a.add(cylinder(head_r * 0.6, 0.012, 24, bell, head_r * 0.45), "chest piece", STEEL, Tier.FIXED)
    # the two rubber branches of the Y on the table, then the steel headset rising from them
    spread = a.vary(0.06, 0.1)
    rise = a.vary(0.15, 0.1)
    for side in (-1, 1):
        foot = (side * spread, 0.14, z)
        branch = [junction, (side * spread * 0.45, 0.08, z), foot]
        a.add(tube(branch, r, 10), "tube", color)
        ear = [
            (foot[0], foot[1] - 0.01, z),
            (side * spread * 1.1, 0.16, rise * 0.35),
            (side * spread * 0.95, 0.17, rise * 0.8),
            (side * spread * 0.5, 0.17, rise),
        ]
        a.add(tube(ear, r * 0.5, 8), "ear tubes", STEEL, Tier.FIXED)
        tip = (side * spread * 0.5 - side * r * 0.8, 0.17, rise)
        a.add(sphere(r * 1.4, 12, tip), "ear tips", EAR_TIPS, Tier.FIXED)
    # the spring bar that holds the ear tubes together, low across the headset
    a.add(
        rod((-spread * 1.08, 0.155, rise * 0.3), (spread * 1.08, 0.155, rise * 0.3), r * 0.35, 8),
        "ear tubes",
        STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "stethoscope",
    build_stethoscope,
    0.02,
    description="a doctor's listening device: ear pieces on a rubber tube to a chest piece",
    synonyms=("stethoscopes", "doctors stethoscope", "doctor's stethoscope", "medical stethoscope"),
    parts=("tube", "chest piece", "ear tubes", "ear tips"),
    aliases={
        "tubing": "tube",
        "diaphragm": "chest piece",
        "earpieces": "ear tips",
        "bell": "chest piece",
    },
)
