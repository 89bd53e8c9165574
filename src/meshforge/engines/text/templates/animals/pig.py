"""A pig standing on four legs, head towards the front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.quadruped import ALIASES, PARTS, Species, build_quadruped

PIG = Species(
    body_length=0.7,
    body_radius=0.22,
    leg_length=0.18,
    leg_radius=0.06,
    neck_length=0.03,
    neck_tilt_deg=15,
    head_radius=0.16,
    snout_length=0.45,
    ears="small",
    tail="curl",
    coats=((245, 175, 180), (235, 160, 165), (200, 140, 130)),
    accent=(225, 130, 140),
)


def build_pig(a: Assembly) -> None:
    """A pig standing on four legs, head towards the front."""
    build_quadruped(a, PIG)


TEMPLATE = Template(
    "pig",
    build_pig,
    0.55,
    description="a farm animal with a snout and a curly tail",
    synonyms=("piglet", "hog", "swine", "piggy"),
    kinds=("sow", "porker"),
    parts=PARTS,
    aliases=ALIASES,
    kinds_in_wordnet=("pig",),
)
