"""A dog standing on four legs, head towards the front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.quadruped import ALIASES, PARTS, Species, build_quadruped

DOG = Species(
    body_length=0.55,
    body_radius=0.14,
    leg_length=0.3,
    leg_radius=0.045,
    neck_length=0.12,
    neck_tilt_deg=45,
    head_radius=0.11,
    snout_length=0.85,
    ears="floppy",
    tail="wag",
    coats=((170, 120, 70), (220, 180, 110), (60, 50, 45), (235, 230, 220), (140, 100, 70)),
    accent=(40, 30, 28),
)


def build_dog(a: Assembly) -> None:
    """A dog standing on four legs, head towards the front."""
    build_quadruped(a, DOG)


TEMPLATE = Template(
    "dog",
    build_dog,
    0.6,
    description="a pet canine",
    synonyms=("puppy", "doggy", "doggo", "hound", "pup", "terrier", "labrador"),
    kinds=(
        "corgi",
        "husky",
        "chihuahua",
        "greyhound",
        "dalmatian",
        "bulldog",
        "rottweiler",
        "doberman",
        "collie",
        "sheepdog",
        "spaniel",
        "schnauzer",
        "pomeranian",
        "shih tzu",
        "maltese",
        "whippet",
        "great dane",
        "mastiff",
        "pitbull",
        "pit bull",
        "akita",
        "shiba",
        "shiba inu",
        "bloodhound",
        "weimaraner",
        "saint bernard",
        "yorkie",
        "mutt",
        "canine",
    ),
    parts=PARTS,
    aliases=ALIASES,
)
