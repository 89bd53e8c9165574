"""A wizard: long robe, white beard, a tall pointed hat with stars, and a staff with an orb."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.people import DARK, ORB, PERSON, STAR
from meshforge.engines.text.kit.solids import (
    capsule,
    cylinder,
    lathe,
    on_sphere,
    rod,
    sink_depth,
    sphere,
)

SKINS: tuple[RGB, ...] = ((240, 200, 170), (210, 160, 120), (160, 110, 80), (110, 75, 55))


ROBES: tuple[RGB, ...] = (
    (60, 50, 140),
    (40, 70, 150),
    (110, 40, 120),
    (120, 120, 130),
    (150, 30, 40),
)


BEARD: RGB = (238, 238, 235)


STAFF: RGB = (110, 75, 45)


def build_wizard(a: Assembly) -> None:
    """A wizard: long robe, white beard, a tall pointed hat with stars, and a staff with an orb."""
    robe, skin = a.pick(ROBES), a.pick(SKINS)
    height = a.vary(1.75, 0.05)
    shoulder = height * 0.76
    a.add(
        lathe(
            [
                (0.0, 0.0),
                (0.42, 0.0),
                (0.32, height * 0.4),
                (0.2, shoulder),
                (0.0, shoulder + 0.04),
            ],
            a.segments(0.42),
        ),
        "robe",
        robe,
    )
    head_r = 0.12
    head = (0.0, 0.0, shoulder + head_r * 1.1)
    a.add(sphere(head_r, a.segments(head_r), head), "head", skin, Tier.FIXED)
    depth = sink_depth(head_r, a.segments(head_r), head_r * 0.1)
    for side in (-1, 1):
        a.add(
            sphere(head_r * 0.1, 12, on_sphere(head, head_r, side * 28, 12, depth)),
            "eye",
            DARK,
            Tier.FIXED,
        )
        hand = (side * 0.34, -0.18, shoulder - 0.42)
        a.add(
            capsule((side * 0.18, 0, shoulder - 0.05), hand, 0.075, a.segments(0.075), 0.1),
            "robe",
            robe,
        )
        a.add(
            sphere(0.055, 12, (hand[0], hand[1] - 0.04, hand[2] - 0.05)), "hand", skin, Tier.FIXED
        )
    a.add(
        sphere(head_r * 0.22, 12, on_sphere(head, head_r, 0, -5, head_r * 0.1)),
        "nose",
        skin,
        Tier.FIXED,
    )
    if a.wants("beard"):
        chin = on_sphere(head, head_r, 0, -35, head_r * 0.35)
        tip = (0.0, -0.32, shoulder - a.vary(0.45, 0.15))
        a.add(rod(chin, tip, head_r * 0.95, a.segments(head_r), 0.02), "beard", BEARD, Tier.FIXED)
    wear_asked_hat(a, head, head_r)  # "a wizard in a top hat": covers the pointed hat
    if a.wants("hat"):
        brim_z = head[2] + head_r * 0.45
        a.add(cylinder(0.3, 0.025, a.segments(0.3), (0, 0, brim_z)), "hat", robe, Tier.SECONDARY)
        cone_h = a.vary(0.5, 0.15)
        a.add(
            cylinder(0.16, cone_h * 0.6, a.segments(0.16), (0, 0, brim_z), 0.09),
            "hat",
            robe,
            Tier.SECONDARY,
        )
        droop = a.between(-0.15, 0.15)
        tip = (droop, 0.1, brim_z + cone_h)
        a.add(
            rod((0, 0, brim_z + cone_h * 0.58), tip, 0.092, a.segments(0.09), 0.004),
            "hat",
            robe,
            Tier.SECONDARY,
        )
        for k in range(3):
            angle = math.radians(-60 + 50 * k)
            at = (
                0.13 * math.sin(angle),
                -0.13 * math.cos(angle) + 0.01,
                brim_z + 0.08 + 0.1 * (k % 2),
            )
            a.add(sphere(0.025, 8, at), "star", STAR, Tier.FIXED)
    if a.wants("staff"):
        x, y = -0.34, -0.25
        a.add(rod((x, y, 0.0), (x, y, height * 1.08), 0.025, 12), "staff", STAFF, Tier.FIXED)
        a.add(sphere(0.08, a.segments(0.08), (x, y, height * 1.08 + 0.06)), "orb", ORB, Tier.FIXED)


TEMPLATE = Template(
    "wizard",
    build_wizard,
    1.9,
    description="an old magician in a robe and a pointed hat",
    synonyms=("sorcerer", "magician", "mage", "warlock", "merlin", "gandalf"),
    kinds=("necromancer", "druid", "conjurer", "enchanter", "archmage"),
    parts=(*PERSON, "robe", "beard", "hat", "star", "staff", "orb"),
    aliases={"cloak": "robe", "wand": "staff", "crystal": "orb", "gown": "robe"},
)
