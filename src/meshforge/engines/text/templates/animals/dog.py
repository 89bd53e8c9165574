"""A dog: a deep-chested canine with a muzzle, hanging ears, a tail carried high and a collar."""

from __future__ import annotations

import math
from dataclasses import replace

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, Built, build_beast
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import cylinder
from meshforge.engines.text.kit.sweeps import hoop

DOG = Beast(
    length=0.62,
    girth=0.14,
    leg=0.3,
    leg_r=0.036,
    head_r=0.12,
    muzzle=0.85,
    muzzle_r=0.5,
    neck=0.06,
    tilt=50,
    chest=1.1,
    ears="floppy",
    tail="raised",
    tail_len=0.4,
    # mostly the light and tan coats, on which ears and collar read from afar
    coats=((170, 120, 70), (220, 180, 110), (225, 200, 150), (235, 230, 220), (60, 50, 45)),
    tail_r=0.6,
    droop=0.1,
)
#: breeds whose ears stand up; the rest hang
PRICKED = (
    "husky",
    "corgi",
    "shiba",
    "akita",
    "chihuahua",
    "german shepherd",
    "shepherd",
    "doberman",
)
#: long in the body and short in the leg
LOW = ("corgi", "dachshund", "sausage dog", "basset")
COLLARS: tuple[RGB, ...] = ((200, 35, 40), (40, 90, 190), (40, 140, 70))


def build_dog(a: Assembly) -> None:
    """A dog: a deep-chested canine with a muzzle, hanging ears, a tail carried high, a collar."""
    species = DOG
    if a.mentions(*PRICKED):
        species = replace(
            species, ears="pointy", ear=0.9, tail="bushy" if a.mentions("husky") else "raised"
        )
    if a.mentions(*LOW):
        species = replace(species, leg=0.15, length=0.7)
    if a.mentions("puppy", "pup"):
        species = replace(species, length=0.42, leg=0.2, head_r=0.095, muzzle=0.6)
    coat = (245, 245, 240) if a.mentions("dalmatian") else None
    b = build_beast(a, species, coat)
    if a.maybe("collar", 0.85, "tag"):
        _collar(a, b)


def _collar(a: Assembly, b: Built) -> None:
    """A collar round the middle of the neck with a round gold tag hanging at the throat."""
    dy, dz = b.head[1] - b.neck_root[1], b.head[2] - b.neck_root[2]
    # the neck capsule narrows from the chest to the head; the collar sits where it is slimmest
    root_r = max(b.head_r * 0.7, b.girth * 1.1 * 0.55)
    t = 0.45
    r = root_r + (b.head_r * 0.65 - root_r) * t
    at = (0.0, b.neck_root[1] + dy * t, b.neck_root[2] + dz * t)
    pitch = math.degrees(math.atan2(-dy, dz))
    # a thin ring: full segments round the neck, few round its section (cheap to fuse)
    ring = hoop(r * 1.0, r * 0.16, a.segments(r)).rotate((pitch, 0, 0)).translate(at)
    a.add(ring, "collar", a.pick(COLLARS), Tier.SECONDARY)
    if a.wants("tag"):
        # the ring's lowest point: across the neck from its axis, towards the chest
        length = math.hypot(dy, dz)
        low = (0.0, at[1] - r * dz / length, at[2] + r * dy / length)
        tag = cylinder(r * 0.3, r * 0.08, 12).rotate((90, 0, 0))
        a.add(tag.translate((0.0, low[1] - r * 0.04, low[2] - r * 0.22)), "tag", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "dog",
    build_dog,
    0.6,
    description="a pet canine",
    synonyms=("puppy", "doggy", "doggo", "hound", "pup", "terrier", "labrador"),
    not_claimed=("dog collar",),  # a pet thing, not the pet
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
        "french bulldog",
        "border collie",
        "bernese mountain dog",
        "cocker spaniel",
        "jack russell",
        "australian shepherd",
        "basset hound",
        "labradoodle",
        "goldendoodle",
        "boxer dog",
    ),
    parts=(*PARTS, "collar", "tag"),
    aliases={**ALIASES, "leash": "collar"},
    kinds_in_wordnet=("dog",),
)
