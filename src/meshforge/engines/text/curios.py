"""Keepsake templates: clock, trophy, crown, treasure chest."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    box,
    dome,
    lathe,
    rod,
    sphere,
    union,
    vessel,
)
from meshforge.engines.text.shapes import face_prism, front_disc, hoop, tube

DARK: RGB = (30, 30, 32)
GOLD: RGB = (235, 185, 60)
CLOCKS: tuple[RGB, ...] = (
    (200, 40, 40),
    (40, 90, 170),
    (240, 200, 50),
    (60, 60, 65),
    (90, 160, 110),
)
FACE: RGB = (250, 248, 240)
BASES: tuple[RGB, ...] = ((45, 35, 30), (30, 30, 32), (240, 240, 235))
JEWELS: tuple[RGB, ...] = ((200, 20, 40), (30, 70, 190), (30, 150, 80))
VELVET: RGB = (150, 20, 40)
CHEST_WOODS: tuple[RGB, ...] = ((130, 80, 45), (105, 65, 40), (150, 100, 60))
IRON: RGB = (60, 60, 65)


def build_clock(a: Assembly) -> None:
    """A twin-bell alarm clock on little feet; "wall clock" is a plain round clock."""
    wall = a.mentions("wall")
    radius = a.vary(0.15 if wall else 0.075, 0.08)
    depth = radius * (0.25 if wall else 0.6)
    color = a.pick(CLOCKS)
    centre_z = radius + (0.0 if wall else radius * 0.25)
    a.add(front_disc(radius, depth, a.segments(radius), 0, centre_z), "body", color)
    front = -depth / 2
    a.add(
        front_disc(radius * 0.86, 0.004, a.segments(radius), 0, centre_z, front),
        "face",
        FACE,
        Tier.FIXED,
    )
    ring = hoop(radius * 0.93, radius * 0.07, a.segments(radius)).rotate((90, 0, 0))
    a.add(
        ring.translate((0, front, centre_z)),
        "rim",
        a.pick((GOLD, (200, 200, 205), DARK)),
        Tier.SECONDARY,
    )
    marks = []
    for k in range(12):
        angle = 2 * math.pi * k / 12
        size = (radius * 0.04, 0.004, radius * (0.16 if k % 3 == 0 else 0.09))
        mark = box(size, (0, 0, radius * 0.7)).rotate((0, math.degrees(angle), 0))
        marks.append(mark)
    a.add(union(marks).translate((0, front - 0.003, centre_z)), "mark", DARK, Tier.FIXED)
    hour, minute = a.between(0, 360), a.between(0, 360)
    hands = [
        box((radius * 0.06, 0.004, radius * 0.45), (0, 0, radius * 0.2)).rotate((0, hour, 0)),
        box((radius * 0.04, 0.004, radius * 0.7), (0, 0, radius * 0.33)).rotate((0, minute, 0)),
        rod((0, -0.004, 0), (0, 0.012, 0), radius * 0.06, 12),  # the pin reaches the face
    ]
    a.add(union(hands).translate((0, front - 0.007, centre_z)), "hand", DARK, Tier.FIXED)
    if wall:
        return
    bell_r = radius * 0.42
    for side in (-1, 1):
        bell = dome((bell_r, bell_r, bell_r * 0.8), a.segments(bell_r)).rotate((0, side * 35, 0))
        a.add(bell.translate((side * radius * 0.5, 0, centre_z + radius * 0.72)), "bell", color)
        leg = rod(
            (side * radius * 0.5, 0, centre_z - radius * 0.7),
            (side * radius * 0.8, 0, 0.005),
            radius * 0.07,
            8,
        )
        a.add(leg, "leg", DARK, Tier.FIXED)
    a.add(
        rod((0, 0, centre_z + radius * 0.9), (0, 0, centre_z + radius * 1.25), radius * 0.06, 8),
        "bell",
        DARK,
        Tier.FIXED,
    )
    a.add(sphere(radius * 0.1, 12, (0, 0, centre_z + radius * 1.25)), "bell", DARK, Tier.FIXED)


def build_trophy(a: Assembly) -> None:
    """A trophy cup with two handles on a stem, standing on a stepped base with a plaque."""
    height, cup_r = a.vary(0.35, 0.1), a.vary(0.075, 0.1)
    base_h = height * 0.2
    base = a.pick(BASES)
    a.add(
        box((cup_r * 1.9, cup_r * 1.9, base_h * 0.6), (0, 0, base_h * 0.3)),
        "base",
        base,
        Tier.SECONDARY,
    )
    a.add(
        box((cup_r * 1.5, cup_r * 1.5, base_h * 0.45), (0, 0, base_h * 0.8)),
        "base",
        base,
        Tier.SECONDARY,
    )
    a.add(
        box((cup_r * 1.1, 0.004, base_h * 0.3), (0, -cup_r * 0.95, base_h * 0.3)),
        "plaque",
        GOLD,
        Tier.FIXED,
    )
    stem_top = base_h + height * 0.3
    stem = [
        (0.0, 0.0),
        (cup_r * 0.5, 0.0),
        (cup_r * 0.45, 0.01),
        (cup_r * 0.12, height * 0.1),
        (cup_r * 0.1, stem_top - base_h - 0.01),
        (cup_r * 0.3, stem_top - base_h + 0.005),
        (0.0, stem_top - base_h + 0.005),
    ]
    a.add(lathe(stem, a.segments(cup_r)).translate((0, 0, base_h)), "cup", GOLD)
    cup_h = height - stem_top
    outer = [
        (cup_r * (0.3 + 0.7 * math.sin(t * math.pi / 2) ** 0.8), cup_h * t)
        for t in [k / 10 for k in range(11)]
    ]
    a.add(vessel(outer, 0.003, 0.01, a.segments(cup_r)).translate((0, 0, stem_top)), "cup", GOLD)
    for side in (-1, 1):
        handle = [
            (side * cup_r * 0.9, 0.0, stem_top + cup_h * 0.85),
            (side * cup_r * 1.5, 0.0, stem_top + cup_h * 0.75),
            (side * cup_r * 1.45, 0.0, stem_top + cup_h * 0.35),
            (side * cup_r * 0.6, 0.0, stem_top + cup_h * 0.2),
        ]
        a.add(tube(handle, cup_r * 0.07, a.segments(cup_r * 0.07)), "handle", GOLD)


def build_crown(a: Assembly) -> None:
    """A king's crown: a gold band with pointed tips crowned by pearls and set with jewels."""
    radius, band_h = a.vary(0.1, 0.08), a.vary(0.045, 0.1)
    wall = 0.006
    ring = lathe(
        [(radius - wall, 0.0), (radius, 0.0), (radius, band_h), (radius - wall, band_h)],
        a.segments(radius),
    )
    a.add(ring, "band", GOLD)
    points = a.count("point", a.pick((5, 6, 8)), 3, 12)
    tip_h = radius * a.vary(0.75, 0.15)
    spikes = []
    for k in range(points):
        angle = 360.0 * k / points
        spike = face_prism([(-radius * 0.28, 0.0), (radius * 0.28, 0.0), (0.0, tip_h)], wall, 0.0)
        spike = spike.translate((0, -(radius - wall / 2), band_h - 0.002)).rotate((0, 0, angle))
        spikes.append(spike)
        reach = radius - wall / 2  # where the spike stands, turned like it about Z
        tip = (
            reach * math.sin(math.radians(angle)),
            -reach * math.cos(math.radians(angle)),
            band_h + tip_h,
        )
        a.add(sphere(radius * 0.07, 12, tip), "pearl", (245, 243, 235), Tier.FIXED)
    a.add(union(spikes), "band", GOLD)
    for k in range(points):
        angle = 2 * math.pi * (k + 0.5) / points
        at = ((radius + 0.002) * math.sin(angle), -(radius + 0.002) * math.cos(angle), band_h / 2)
        a.add(sphere(band_h * 0.22, 12, at), "jewel", JEWELS[k % len(JEWELS)], Tier.FIXED)
    if a.maybe("velvet", 0.5, "royal", "cap"):
        cap = dome(
            (radius - wall / 2, radius - wall / 2, radius * 0.8),
            a.segments(radius),
            (0, 0, band_h * 0.3),
        )
        a.add(cap, "velvet", VELVET, Tier.SECONDARY)
        a.add(
            sphere(radius * 0.12, 12, (0, 0, band_h * 0.3 + radius * 0.82)),
            "pearl",
            GOLD,
            Tier.FIXED,
        )


def build_treasure_chest(a: Assembly) -> None:
    """A pirate's chest: a wooden box with a rounded lid, iron bands and a gold lock plate."""
    width, depth, height = a.vary(0.6, 0.1), a.vary(0.4, 0.1), a.vary(0.3, 0.1)
    wood = a.pick(CHEST_WOODS)
    lid_r = depth / 2
    a.add(box((width, depth, height), (0, 0, height / 2)), "body", wood)
    barrel = rod((-width / 2, 0, height), (width / 2, 0, height), lid_r, a.segments(lid_r))
    lid = Manifold.batch_boolean(
        [barrel, box((width + 0.1, depth + 0.1, lid_r), (0, 0, height + lid_r / 2 - 0.001))],
        OpType.Intersect,
    )
    a.add(lid, "lid", wood)
    metal = a.pick((IRON, GOLD))
    # A hidden core joins the bands so that they outrank the wood in area: the seams where
    # bands cross the wooden faces from edge to edge then keep the wood's colour.
    bands = [box((width - 0.02, depth - 0.02, height - 0.02), (0, 0, height / 2))]
    for x in (-width * 0.35, width * 0.35):
        bands.append(box((0.04, depth + 0.012, height), (x, 0, height / 2)))
        hoop = rod((x - 0.02, 0, height), (x + 0.02, 0, height), lid_r + 0.006, a.segments(lid_r))
        upper = box((0.1, depth + 0.1, lid_r + 0.01), (x, 0, height + lid_r / 2))
        bands.append(Manifold.batch_boolean([hoop, upper], OpType.Intersect))
    for z in (height - 0.015, 0.015):
        bands.append(box((width + 0.012, depth + 0.012, 0.03), (0, 0, z)))
    a.add(union(bands), "band", metal, Tier.SECONDARY)
    plate = box((0.08, 0.012, 0.1), (0, -depth / 2 - 0.006, height - 0.02))
    a.add(plate, "lock", GOLD, Tier.FIXED)
    keyhole = union(
        [
            rod(
                (0, -depth / 2 - 0.016, height - 0.01),
                (0, -depth / 2 - 0.008, height - 0.01),
                0.01,
                12,
            ),
            box((0.008, 0.008, 0.03), (0, -depth / 2 - 0.012, height - 0.03)),
        ]
    )
    a.add(keyhole, "lock", DARK, Tier.FIXED)


TEMPLATES = (
    Template(
        "clock",
        build_clock,
        0.2,
        synonyms=("alarm clock", "wall clock", "table clock"),
        parts=("body", "face", "rim", "mark", "hand", "bell", "leg"),
        aliases={"dial": "face", "foot": "leg", "number": "mark"},
    ),
    Template(
        "trophy",
        build_trophy,
        0.35,
        synonyms=("trophy cup", "award", "prize cup", "championship cup"),
        parts=("cup", "handle", "base", "plaque"),
        aliases={"stand": "base", "plinth": "base"},
    ),
    Template(
        "crown",
        build_crown,
        0.15,
        synonyms=("tiara", "diadem", "royal crown"),
        parts=("band", "pearl", "jewel", "velvet", "point"),
        aliases={"gem": "jewel", "gemstone": "jewel", "spike": "point", "cap": "velvet"},
    ),
    Template(
        "treasure chest",
        build_treasure_chest,
        0.5,
        synonyms=("chest", "treasure box", "strongbox", "coffer"),
        parts=("body", "lid", "band", "lock"),
        aliases={"strap": "band", "keyhole": "lock", "box": "body"},
    ),
)
