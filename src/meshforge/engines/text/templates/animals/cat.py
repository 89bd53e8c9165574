"""A cat standing on four legs, head towards the front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.quadruped import ALIASES, PARTS, Species, build_quadruped

CAT = Species(
    body_length=0.4,
    body_radius=0.095,
    leg_length=0.2,
    leg_radius=0.028,
    neck_length=0.06,
    neck_tilt_deg=55,
    head_radius=0.08,
    snout_length=0.3,
    ears="pointy",
    tail="long",
    coats=((230, 140, 60), (90, 90, 95), (30, 30, 32), (240, 235, 225), (180, 150, 120)),
    accent=(235, 160, 170),
)


def build_cat(a: Assembly) -> None:
    """A cat standing on four legs, head towards the front."""
    build_quadruped(a, CAT)


TEMPLATE = Template(
    "cat",
    build_cat,
    0.35,
    description="a small pet feline",
    synonyms=("kitten", "kitty", "tomcat", "feline"),
    kinds=("sphynx", "moggy", "housecat", "house cat", "alley cat"),
    parts=PARTS,
    aliases=ALIASES,
)
