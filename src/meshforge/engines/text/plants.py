"""Plant templates: mushroom, cactus, flower."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    blossom,
    capsule,
    cylinder,
    dome,
    ellipsoid,
    lathe,
    rod,
    sphere,
    vessel,
)

CAPS: tuple[RGB, ...] = ((205, 40, 35), (150, 95, 55), (200, 150, 90), (215, 60, 40))


CREAM: RGB = (240, 232, 205)


TERRACOTTA: RGB = (195, 105, 70)


PETALS: tuple[RGB, ...] = (
    (230, 60, 90),
    (250, 200, 40),
    (245, 245, 245),
    (160, 90, 200),
    (250, 130, 50),
)


def build_mushroom(a: Assembly) -> None:
    """A toadstool: a thick stem under a domed cap, spotted when red."""
    height, cap_r = a.vary(0.16, 0.15), a.vary(0.1, 0.15)
    stem_r = cap_r * a.vary(0.35, 0.15)
    stem = [
        (0.0, 0.0),
        (stem_r * 1.25, 0.0),
        (stem_r * 1.1, height * 0.3),
        (stem_r * 0.9, height * 0.85),
        (0.0, height * 0.85),
    ]
    a.add(lathe(stem, a.segments(stem_r)), "stem", CREAM, Tier.SECONDARY)
    cap_color = a.pick(CAPS)
    squash = a.vary(0.65, 0.2)
    a.add(
        dome((cap_r, cap_r, cap_r * squash), a.segments(cap_r), (0, 0, height * 0.8)),
        "cap",
        cap_color,
    )
    a.add(
        cylinder(cap_r * 0.98, height * 0.06, a.segments(cap_r), (0, 0, height * 0.76)),
        "gill",
        CREAM,
        Tier.FIXED,
    )
    if a.wants("spot") and (
        (cap_color[0] > 190 and cap_color[1] < 100) or a.mentions("spot", "spotted")
    ):
        for _ in range(a.pick((7, 9, 11))):
            theta, phi = a.between(0, 2 * math.pi), a.between(0.15, 1.2)
            direction = np.array(
                [math.sin(phi) * math.cos(theta), math.sin(phi) * math.sin(theta), math.cos(phi)]
            )
            size = cap_r * a.between(0.1, 0.16)
            # sunk mostly into the cap, so each spot shows as a low disc rather than a ball
            radii = np.array([cap_r, cap_r, cap_r * squash]) - size * 0.6
            spot = np.array([0, 0, height * 0.8]) + direction * radii
            a.add(sphere(size, a.segments(size), tuple(spot)), "spot", (250, 250, 245), Tier.FIXED)


def build_cactus(a: Assembly) -> None:
    """A saguaro-style cactus with one or two arms, in a terracotta pot unless told otherwise."""
    has_pot = a.wants("pot")
    pot_h = 0.12 if has_pot else 0.0
    height, radius = a.vary(0.32, 0.15), a.vary(0.045, 0.15)
    green = a.pick(((70, 140, 70), (90, 150, 80), (60, 120, 90)))
    base = pot_h - 0.02
    a.add(capsule((0, 0, base), (0, 0, base + height), radius, a.segments(radius)), "body", green)
    for side in a.pick(((-1,), (1,), (-1, 1))):
        z0, reach = base + height * a.between(0.3, 0.5), radius * a.between(1.8, 2.4)
        arm_r = radius * 0.7
        elbow = (side * reach, 0, z0)
        a.add(capsule((0, 0, z0), elbow, arm_r, a.segments(arm_r)), "arm", green)
        a.add(
            capsule(
                elbow,
                (side * reach, 0, z0 + height * a.between(0.2, 0.35)),
                arm_r,
                a.segments(arm_r),
            ),
            "arm",
            green,
        )
    if a.maybe("flower", 0.5, "flowering", "blooming"):
        bloom = blossom(radius * 0.9, 6, a.segments(radius * 0.4))
        a.add(
            bloom.translate((0, 0, base + height + radius * 0.9)),
            "flower",
            (235, 90, 150),
            Tier.SECONDARY,
        )
    if has_pot:
        outer = [(0.06, 0.0), (0.08, pot_h - 0.02), (0.085, pot_h - 0.02), (0.085, pot_h)]
        a.add(vessel(outer, 0.008, 0.01, a.segments(0.08)), "pot", TERRACOTTA, Tier.SECONDARY)
        # soil fills the pot from the floor: a thin layer would seal an empty void under it
        a.add(
            cylinder(0.062, pot_h - 0.025, a.segments(0.07), (0, 0, 0.005), 0.078),
            "soil",
            (80, 55, 35),
            Tier.FIXED,
        )


def build_flower(a: Assembly) -> None:
    """A single flower: stem, two leaves and a head of petals."""
    height = a.vary(0.4, 0.15)
    bend = a.between(-0.04, 0.04)
    a.add(rod((0, 0, 0), (bend, 0, height), 0.006, 12), "stem", (70, 140, 60), Tier.FIXED)
    for side in (-1, 1):
        leaf = (
            ellipsoid((0.045, 0.014, 0.004), a.segments(0.02))
            .translate((0.04, 0, 0))
            .rotate((0, -30, 0))
        )
        z = height * a.between(0.25, 0.45)
        a.add(
            leaf.rotate((0, 0, 90 - 90 * side)).translate((bend * z / height, 0, z)),
            "leaf",
            (70, 140, 60),
            Tier.FIXED,
        )
    radius = a.vary(0.05, 0.2)
    head = blossom(radius, a.pick((5, 6, 8, 12)), a.segments(radius * 0.5)).rotate((70, 0, 0))
    a.add(head.translate((bend, -0.002, height)), "petal", a.pick(PETALS))
    centre = ellipsoid((radius * 0.3, radius * 0.12, radius * 0.3), a.segments(radius * 0.3))
    a.add(centre.translate((bend, -0.004, height)), "centre", (250, 200, 40), Tier.SECONDARY)
    a.add(cylinder(0.03, 0.01, a.segments(0.03)), "base", (70, 140, 60), Tier.FIXED)


TEMPLATES = (
    Template(
        "mushroom",
        build_mushroom,
        0.2,
        synonyms=("toadstool", "fungus"),
        parts=("cap", "stem", "spot", "gill"),
        aliases={"dot": "spot", "stalk": "stem"},
    ),
    Template(
        "cactus",
        build_cactus,
        0.45,
        synonyms=("saguaro", "succulent"),
        parts=("body", "arm", "flower", "pot", "soil"),
        aliases={"planter": "pot"},
    ),
    Template(
        "flower",
        build_flower,
        0.4,
        synonyms=("rose", "tulip", "daisy", "sunflower", "blossom"),
        parts=("petal", "stem", "leaf", "centre"),
        aliases={"center": "centre", "head": "petal"},
    ),
)
