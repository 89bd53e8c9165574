"""Character templates: knight, wizard (facing the front, left hand at +X)."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    box,
    capsule,
    cylinder,
    lathe,
    on_sphere,
    rod,
    rounded_box,
    sink_depth,
    sphere,
    union,
)
from meshforge.engines.text.shapes import face_prism, tube

STEEL: RGB = (185, 190, 198)
DARK: RGB = (30, 30, 34)
HERALDRY: tuple[RGB, ...] = (
    (180, 30, 35),
    (30, 60, 150),
    (40, 110, 60),
    (240, 240, 235),
    (220, 170, 40),
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
STAR: RGB = (250, 215, 60)
ORB: RGB = (140, 220, 255)
STAFF: RGB = (110, 75, 45)


def build_knight(a: Assembly) -> None:
    """A knight in plate armour: great helm with a plume, tabard, shield and sword."""
    scale = a.vary(1.0, 0.05)
    tabard = a.pick(HERALDRY)
    emblem = a.pick(tuple(c for c in HERALDRY if c != tabard))
    hip, shoulder = 0.95 * scale, 1.45 * scale
    for side in (-1, 1):
        x = side * 0.11 * scale
        a.add(
            capsule((x, 0, hip), (x, 0, 0.1 * scale), 0.075 * scale, a.segments(0.075)),
            "armor",
            STEEL,
        )
        a.add(
            rounded_box(
                (0.14 * scale, 0.26 * scale, 0.1 * scale),
                0.03,
                12,
                (x, -0.04 * scale, 0.05 * scale),
            ),
            "boot",
            DARK,
            Tier.FIXED,
        )
    torso = rounded_box(
        (0.42 * scale, 0.26 * scale, 0.6 * scale),
        0.1 * scale,
        a.segments(0.1),
        (0, 0, (hip + shoulder) / 2 + 0.02),
    )
    a.add(torso, "armor", STEEL)
    coat = lathe(
        [
            (0.0, hip - 0.25 * scale),
            (0.25 * scale, hip - 0.25 * scale),
            (0.22 * scale, shoulder - 0.05),
            (0.0, shoulder - 0.05),
        ],
        a.segments(0.25),
    )
    a.add(coat.scale((1.0, 0.62, 1.0)), "tabard", tabard, Tier.SECONDARY)
    cross = union(
        [box((0.05, 0.02, 0.26), (0, 0, 0)), box((0.18, 0.02, 0.05), (0, 0, 0.05))]
    ).scale((scale, 1, scale))
    a.add(
        cross.translate((0, -0.145 * scale, (hip + shoulder) / 2 + 0.05)),
        "emblem",
        emblem,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.24 * scale, 0.06 * scale, a.segments(0.24), (0, 0, hip - 0.05)).scale(
            (1, 0.65, 1)
        ),
        "belt",
        DARK,
        Tier.FIXED,
    )
    for side in (-1, 1):
        top = (side * 0.27 * scale, 0, shoulder - 0.04)
        a.add(sphere(0.1 * scale, a.segments(0.1), top), "armor", STEEL)
        hand = (side * 0.3 * scale, -0.12 * scale, hip)
        a.add(capsule(top, hand, 0.06 * scale, a.segments(0.06)), "armor", STEEL)
        a.add(sphere(0.055 * scale, 12, hand), "glove", DARK, Tier.FIXED)
    helm_z = shoulder + 0.04
    helm = capsule((0, 0, helm_z), (0, 0, helm_z + 0.18 * scale), 0.13 * scale, a.segments(0.13))
    a.add(helm, "helmet", STEEL)
    a.add(
        box((0.18 * scale, 0.1, 0.025 * scale), (0, -0.12 * scale, helm_z + 0.15 * scale)),
        "visor",
        DARK,
        Tier.FIXED,
    )
    if a.wants("plume"):
        plume = tube(
            [
                (0, 0, helm_z + 0.28 * scale),
                (0, 0.08 * scale, helm_z + 0.4 * scale),
                (0, 0.2 * scale, helm_z + 0.38 * scale),
            ],
            0.05 * scale,
            a.segments(0.05),
            0.02 * scale,
        )
        a.add(plume, "plume", tabard, Tier.SECONDARY)
    if a.wants("shield"):
        w, h = 0.42 * scale, 0.55 * scale
        quarter = [k * math.pi / 16 for k in range(9)]
        right = [(w / 2 * math.cos(t) ** 0.7, h * 0.45 * (1 - math.sin(t))) for t in quarter]
        outline = [(-w / 2, h), (w / 2, h), *right, *[(-x, z) for x, z in reversed(right[:-1])]]
        # thick enough to reach back into the left hand
        shield = face_prism(outline, 0.09 * scale).translate(
            (0.36 * scale, -0.175 * scale, hip - 0.2 * scale)
        )
        a.add(shield, "shield", tabard, Tier.SECONDARY)
        mark = union(
            [
                box((0.06, 0.02, h * 0.8), (0, 0, h * 0.5)),
                box((w * 0.7, 0.02, 0.06), (0, 0, h * 0.68)),
            ]
        )
        a.add(
            mark.scale((scale, 1, 1)).translate((0.36 * scale, -0.225 * scale, hip - 0.2 * scale)),
            "emblem",
            emblem,
            Tier.FIXED,
        )
    if a.wants("sword"):
        hand = (-0.3 * scale, -0.12 * scale, hip)
        grip = rod((hand[0], hand[1], hand[2] - 0.08), (hand[0], hand[1], hand[2] + 0.08), 0.018, 8)
        a.add(grip, "sword", DARK, Tier.FIXED)
        a.add(
            box((0.05, 0.012, 0.9 * scale), (hand[0], hand[1], hand[2] + 0.5 * scale)),
            "sword",
            STEEL,
        )
        a.add(
            box((0.2 * scale, 0.04, 0.03), (hand[0], hand[1], hand[2] + 0.07)),
            "sword",
            DARK,
            Tier.FIXED,
        )


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


#: Part words every person-like character answers to.
PERSON = ("head", "eye", "nose", "hand", "arm", "leg", "foot", "body")

TEMPLATES = (
    Template(
        "knight",
        build_knight,
        1.9,
        synonyms=("crusader", "paladin", "templar"),
        parts=(
            "armor",
            "boot",
            "tabard",
            "emblem",
            "belt",
            "glove",
            "helmet",
            "visor",
            "plume",
            "shield",
            "sword",
        ),
        aliases={
            "armour": "armor",
            "helm": "helmet",
            "feather": "plume",
            "crest": "emblem",
            "cross": "emblem",
        },
    ),
    Template(
        "wizard",
        build_wizard,
        1.9,
        synonyms=("sorcerer", "magician", "mage", "warlock", "merlin", "gandalf"),
        parts=(*PERSON, "robe", "beard", "hat", "star", "staff", "orb"),
        aliases={"cloak": "robe", "wand": "staff", "crystal": "orb", "gown": "robe"},
    ),
)
