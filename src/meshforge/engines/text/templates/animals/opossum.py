"""An opossum: a grey-furred animal low on short legs, a long pointed pale face with a pink
nose, round dark ears, and a long bare pink tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.quadruped import ALIASES, PARTS, Species, build_quadruped

OPOSSUM = Species(
    body_length=0.4,
    body_radius=0.11,
    leg_length=0.07,
    leg_radius=0.022,
    neck_length=0.04,
    neck_tilt_deg=15,
    head_radius=0.06,
    snout_length=1.6,
    ears="pointy",
    tail="hair",
    coats=((160, 160, 160), (135, 130, 130), (185, 180, 175)),
    accent=(235, 170, 170),
    snout_pitch_deg=10,
)


def build_opossum(a: Assembly) -> None:
    """An opossum: grey fur, short legs, a long pointed face, a long bare tail."""
    build_quadruped(a, OPOSSUM)


TEMPLATE = Template(
    "opossum",
    build_opossum,
    0.25,
    description="a grey marsupial with a long pointed white face and a long bare tail",
    synonyms=("possum", "opossums", "possums"),
    kinds=("virginia opossum", "baby possum"),
    parts=PARTS,
    aliases=ALIASES,
)
