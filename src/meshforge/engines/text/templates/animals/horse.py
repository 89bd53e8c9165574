"""A horse standing on four legs, head towards the front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.quadruped import ALIASES, PARTS, Species, build_quadruped

HORSE = Species(
    body_length=1.5,
    body_radius=0.3,
    leg_length=0.95,
    leg_radius=0.075,
    neck_length=0.55,
    neck_tilt_deg=55,
    head_radius=0.17,
    snout_length=2.2,
    ears="pointy",
    tail="hair",
    coats=((120, 75, 45), (60, 40, 30), (200, 190, 175), (150, 110, 70), (30, 28, 28)),
    accent=(30, 28, 28),
    mane=True,
    snout_pitch_deg=45.0,
)


def build_horse(a: Assembly) -> None:
    """A horse standing on four legs, head towards the front."""
    build_quadruped(a, HORSE)


TEMPLATE = Template(
    "horse",
    build_horse,
    1.8,
    description="a large hoofed animal that people ride",
    synonyms=("pony", "stallion", "mare", "foal", "steed"),
    kinds=(
        "thoroughbred",
        "clydesdale",
        "colt",
        "filly",
        "palomino",
        "appaloosa",
        "warhorse",
        "racehorse",
        "draft horse",
        "shire horse",
    ),
    parts=PARTS,
    aliases=ALIASES,
)
