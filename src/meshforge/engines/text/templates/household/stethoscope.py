"""A stethoscope lying on a table: two steel ear tubes joined into one rubber tube that loops
round to a round chest piece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import STEEL

TUBING: tuple[RGB, ...] = ((35, 35, 38), (40, 90, 190), (200, 40, 45), (60, 62, 68), (70, 150, 90))
EAR_TIPS: RGB = (50, 50, 54)


def build_stethoscope(a: Assembly) -> None:
    """A stethoscope lying on a table: two steel ear tubes joined into one rubber tube that loops
    round to a round chest piece."""
    r = a.vary(0.005, 0.1)
    z = r  # everything lies on the table
    reach = a.vary(0.3, 0.1)
    color = a.pick(TUBING)
    # the single tube from the Y junction swings round in a loose loop to the chest piece
    junction = (0.0, 0.02, z)
    loop = [
        junction,
        (0.02, -reach * 0.3, z),
        (0.1, -reach * 0.6, z),
        (0.06, -reach * 0.9, z),
        (-0.04, -reach * 0.85, z),
        (-0.06, -reach * 0.6, z),
    ]
    a.add(tube(loop, r, 10), "tube", color)
    head_r = a.vary(0.022, 0.1)
    head = (-0.06 - head_r * 0.7, -reach * 0.55, 0.0)
    a.add(cylinder(head_r, 0.012, 24, head), "chest piece", STEEL, Tier.FIXED)
    a.add(cylinder(head_r * 0.85, 0.014, 24, head), "chest piece", (30, 30, 33), Tier.FIXED)
    # the two branches of the Y, then the steel ear tubes curving in to the ear tips
    spread = a.vary(0.07, 0.1)
    for side in (-1, 1):
        branch = [
            junction,
            (side * spread * 0.4, 0.08, z),
            (side * spread, 0.16, z),
        ]
        a.add(tube(branch, r, 10), "tube", color)
        ear = [
            (side * spread, 0.16, z),
            (side * spread * 1.05, 0.24, z),
            (side * spread * 0.75, 0.3, z),
        ]
        a.add(tube(ear, r * 0.55, 8), "ear tubes", STEEL, Tier.FIXED)
        a.add(sphere(r * 1.5, 12, (side * spread * 0.75, 0.3, z)), "ear tips", EAR_TIPS, Tier.FIXED)


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
