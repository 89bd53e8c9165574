"""Vessel templates: mug, cup, vase, bottle, bowl."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold
from scipy.interpolate import PchipInterpolator

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    arc_tube,
    blossom,
    cylinder,
    lathe,
    rod,
    sphere,
    subtract,
    torus,
    vessel,
)

CERAMICS: tuple[RGB, ...] = (
    (245, 244, 238),
    (250, 240, 215),
    (60, 100, 170),
    (190, 60, 55),
    (80, 140, 100),
    (240, 200, 70),
    (45, 45, 50),
)
GLAZES: tuple[RGB, ...] = (
    (70, 110, 160),
    (180, 90, 60),
    (90, 140, 120),
    (220, 215, 200),
    (130, 60, 90),
)
COFFEE: RGB = (75, 45, 25)
BLOSSOMS: tuple[RGB, ...] = (
    (230, 60, 90),
    (250, 200, 40),
    (245, 245, 245),
    (160, 90, 200),
    (250, 130, 50),
)
STEM: RGB = (70, 140, 60)


def _smooth_outline(radii: list[float], height: float, samples: int) -> list[tuple[float, float]]:
    """A (radius, height) outline through control radii spaced evenly up ``height``."""
    knots = np.linspace(0.0, height, len(radii))
    heights = np.linspace(0.0, height, samples)
    # PCHIP follows the control radii without overshooting into a pinched neck.
    return [
        (float(r), float(z))
        for r, z in zip(PchipInterpolator(knots, radii)(heights), heights, strict=True)
    ]


def _handle(
    a: Assembly, x: float, z: float, reach: float, thickness: float, stretch: float
) -> Manifold:
    """A C-shaped handle on the +X side whose ends meet the wall at ``x``."""
    arc = arc_tube((0, 0, 0), reach, thickness, a.segments(reach))
    return arc.scale((1.0, 1.0, stretch)).translate((x, 0, z))


def build_mug(a: Assembly) -> None:
    """A straight-walled mug with a C handle; "coffee"/"tea" fills it."""
    height, radius = a.vary(0.095, 0.12), a.vary(0.041, 0.12)
    wall = 0.005
    body_color = a.pick(CERAMICS)
    flare = a.between(0.0, 0.006)
    outer = [(radius - 0.003, 0.0), (radius, 0.003), (radius + flare, height)]
    a.add(vessel(outer, wall, 0.008, a.segments(radius)), "body", body_color)
    if a.wants("handle"):
        reach = height * a.between(0.24, 0.32)
        handle = _handle(a, radius - 0.001, height * 0.52, reach, 0.006, a.between(1.0, 1.3))
        cavity = cylinder(radius - wall, height, a.segments(radius), (0, 0, 0.008))
        a.add(subtract(handle, cavity), "handle", body_color)
    if a.wants("coffee") and a.mentions("coffee", "tea", "cocoa", "latte", "espresso", "hot"):
        level = 0.78
        inner = radius + flare * level - wall + 0.001
        # filled from the floor up: a thin disc would seal an empty void under it
        a.add(
            cylinder(inner, height * level - 0.006, a.segments(radius), (0, 0, 0.006)),
            "coffee",
            COFFEE,
            Tier.FIXED,
        )


def build_cup(a: Assembly) -> None:
    """A teacup on a saucer."""
    color = a.pick(CERAMICS[:4])
    saucer_r, saucer_h = a.vary(0.075, 0.1), 0.012
    has_saucer = a.wants("saucer")
    base = saucer_h * 0.6 - 0.001 if has_saucer else 0.0  # sunk a little into the saucer's well
    if has_saucer:
        plate = [
            (0.0, 0.0),
            (saucer_r * 0.45, 0.0),
            (saucer_r, saucer_h * 0.8),
            (saucer_r, saucer_h),
            (saucer_r * 0.5, saucer_h * 0.6),
            (0.0, saucer_h * 0.6),
        ]
        a.add(lathe(plate, a.segments(saucer_r)), "saucer", color, Tier.SECONDARY)
    height, lip = a.vary(0.06, 0.12), a.vary(0.045, 0.1)
    outline = _smooth_outline([lip * 0.55, lip * 0.8, lip * 0.95, lip], height, 12)
    cup = vessel(outline, 0.004, 0.006, a.segments(lip)).translate((0, 0, base))
    a.add(cup, "body", color)
    if a.wants("handle"):
        reach = height * 0.3
        handle = _handle(a, lip * 0.86, base + height * 0.6, reach, 0.004, 1.0)
        # the handle's ends must not poke into the cup, so cut away everything inside the wall
        inside = lathe(
            [(0.0, 0.006), *[(r - 0.004, z) for r, z in outline[1:]], (0.0, height)],
            a.segments(lip),
        )
        a.add(subtract(handle, inside.translate((0, 0, base))), "handle", color)


def build_vase(a: Assembly) -> None:
    """A turned vase: belly, waist and lip drawn from the seed; "with flowers" adds a bouquet."""
    height = a.vary(0.35, 0.2)
    shape = a.pick(("amphora", "bottle", "tulip", "cylinder"))
    belly = a.vary(0.11, 0.2)
    control = {
        "amphora": [0.55, 1.0, 0.75, 0.42, 0.55],
        "bottle": [0.6, 1.0, 0.8, 0.3, 0.33],
        "tulip": [0.45, 0.7, 0.9, 1.0, 1.05],
        "cylinder": [0.8, 0.85, 0.85, 0.82, 0.9],
    }[shape]
    radii = [belly * c * a.vary(1.0, 0.08) for c in control]
    outline = _smooth_outline(radii, height, 28)
    color = a.pick(GLAZES)
    a.add(vessel(outline, 0.006, 0.012, a.segments(belly)), "body", color)
    if a.wants("flower") and a.mentions("flower", "rose", "tulip", "bouquet", "daisy"):
        count = a.count("flower", 3, 1, 7)
        neck = radii[-1] * 0.5
        for i in range(count):
            angle = 2 * math.pi * i / count + a.between(0, 1)
            spread = 0.4 if count > 1 else 0.0
            top = (
                neck * math.cos(angle) + spread * 0.1 * math.cos(angle),
                neck * math.sin(angle) + spread * 0.1 * math.sin(angle),
                height + a.vary(0.15, 0.3),
            )
            a.add(
                rod((0, 0, 0.004), top, 0.004, 8), "stem", STEM, Tier.FIXED
            )  # rooted in the floor
            bloom = blossom(0.022, a.pick((5, 6, 8)), a.segments(0.011))
            a.add(bloom.translate(top), "flower", a.pick(BLOSSOMS), Tier.SECONDARY)
            a.add(sphere(0.008, a.segments(0.008), top), "centre", (250, 210, 50), Tier.FIXED)


def build_bottle(a: Assembly) -> None:
    """A bottle with shoulders, a neck, a cap and (optionally) a label."""
    radius, height = a.vary(0.038, 0.15), a.vary(0.3, 0.15)
    neck, shoulder = radius * a.between(0.3, 0.42), a.between(0.55, 0.72)
    profile = [(0.0, 0.0), (radius - 0.004, 0.0), (radius, 0.004), (radius, height * shoulder)]
    for t in np.linspace(0.15, 1.0, 8):  # a quarter-ellipse shoulder
        angle = t * math.pi / 2
        r = neck + (radius - neck) * math.cos(angle)
        profile.append(
            (r, height * shoulder + (height * 0.83 - height * shoulder) * math.sin(angle))
        )
    profile += [(neck, height * 0.97), (0.0, height * 0.97)]
    glass = a.pick(((40, 100, 50), (110, 60, 25), (170, 210, 220), (60, 110, 160)))
    a.add(lathe(profile, a.segments(radius)), "body", glass)
    if a.wants("cap"):
        a.add(
            cylinder(neck * 1.12, height * 0.06, a.segments(neck), (0, 0, height * 0.95)),
            "cap",
            a.pick(((200, 170, 60), (200, 40, 40), (230, 230, 230), (30, 30, 30))),
            Tier.SECONDARY,
        )
    if a.maybe("label", 0.7):
        band = height * a.between(0.18, 0.28)
        a.add(
            cylinder(radius + 0.0015, band, a.segments(radius), (0, 0, height * 0.22)),
            "label",
            a.pick(((240, 235, 220), (200, 40, 40), (30, 60, 120))),
            Tier.SECONDARY,
        )


def build_bowl(a: Assembly) -> None:
    """A round bowl on a foot ring."""
    radius, depth = a.vary(0.08, 0.2), a.vary(0.065, 0.2)
    color = a.pick(CERAMICS + GLAZES)
    outline = [(radius * 0.42, 0.0), (radius * 0.45, 0.008)]
    for t in np.linspace(0.05, 1.0, 12):
        angle = t * math.pi / 2
        outline.append(
            (radius * 0.45 + radius * 0.55 * math.sin(angle), 0.008 + depth * (1 - math.cos(angle)))
        )
    a.add(vessel(outline, 0.005, 0.012, a.segments(radius)), "body", color)
    if a.maybe("rim", 0.4):
        a.add(
            torus(radius - 0.002, 0.003, a.segments(radius), (0, 0, depth + 0.006)),
            "rim",
            a.pick(GLAZES),
            Tier.SECONDARY,
        )


TEMPLATES = (
    Template(
        "mug",
        build_mug,
        0.1,
        synonyms=("coffee mug", "tea mug", "tankard", "beer mug"),
        parts=("body", "handle", "coffee"),
        aliases={"tea": "coffee", "drink": "coffee"},
    ),
    Template(
        "cup",
        build_cup,
        0.08,
        synonyms=("teacup", "tea cup", "coffee cup", "espresso cup"),
        parts=("body", "handle", "saucer"),
        aliases={"plate": "saucer"},
    ),
    Template(
        "vase",
        build_vase,
        0.35,
        synonyms=("urn", "amphora", "flower vase", "pot"),
        parts=("body", "flower", "stem"),
        aliases={"bouquet": "flower", "rose": "flower", "tulip": "flower"},
    ),
    Template(
        "bottle",
        build_bottle,
        0.3,
        synonyms=("wine bottle", "beer bottle", "flask", "jar"),
        parts=("body", "cap", "label"),
        aliases={"lid": "cap", "cork": "cap"},
    ),
    Template(
        "bowl", build_bowl, 0.08, synonyms=("soup bowl", "dish", "basin"), parts=("body", "rim")
    ),
)
