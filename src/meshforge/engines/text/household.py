"""Household object templates: lamp, sword, candle, umbrella."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    arc_tube,
    box,
    capsule,
    cylinder,
    lathe,
    prism,
    rod,
    sphere,
    torus,
)

SHADES: tuple[RGB, ...] = (
    (245, 235, 210),
    (250, 250, 245),
    (180, 50, 50),
    (60, 110, 90),
    (50, 80, 140),
)
LAMP_METALS: tuple[RGB, ...] = ((190, 160, 80), (40, 40, 44), (200, 200, 205))
BULB: RGB = (255, 245, 200)
STEEL: RGB = (200, 205, 212)
GUARDS: tuple[RGB, ...] = ((200, 165, 70), (150, 150, 158), (120, 80, 40))
LEATHER: RGB = (85, 50, 30)
WAXES: tuple[RGB, ...] = ((250, 245, 230), (200, 40, 40), (250, 250, 250), (240, 215, 150))
FLAME: RGB = (255, 170, 40)
CANOPIES: tuple[RGB, ...] = (
    (200, 30, 40),
    (30, 60, 140),
    (30, 30, 35),
    (240, 200, 40),
    (60, 140, 90),
)


def build_lamp(a: Assembly) -> None:
    """A table lamp (or a floor lamp when asked): base, stem, bulb and a conical shade."""
    floor = a.mentions("floor", "standing", "standard")
    height = a.vary(1.6 if floor else 0.5, 0.1)
    metal = a.pick(LAMP_METALS)
    base_r = a.vary(0.16 if floor else 0.1, 0.15)
    if not floor and a.chance(0.5):  # a turned ceramic body instead of a flat foot
        belly = base_r * 1.1
        profile = [
            (0.0, 0.0),
            (base_r * 0.8, 0.0),
            (belly, height * 0.18),
            (base_r * 0.35, height * 0.42),
            (0.015, height * 0.45),
            (0.0, height * 0.45),
        ]
        a.add(lathe(profile, a.segments(belly)), "base", a.pick(SHADES), Tier.SECONDARY)
    else:
        a.add(
            cylinder(base_r, 0.03, a.segments(base_r), (0, 0, 0), base_r * 0.85),
            "base",
            metal,
            Tier.SECONDARY,
        )
    shade_low = height * 0.68
    a.add(
        rod((0, 0, 0.02), (0, 0, shade_low + 0.03), 0.012 if not floor else 0.018, 12),
        "stem",
        metal,
        Tier.FIXED,
    )
    a.add(sphere(0.035, a.segments(0.035), (0, 0, shade_low + 0.05)), "bulb", BULB, Tier.FIXED)
    if a.wants("shade"):
        bottom_r = a.vary(0.19 if not floor else 0.24, 0.15)
        top_r = bottom_r * a.between(0.55, 0.85)
        top = height
        wall = 0.006
        band = [
            (bottom_r, shade_low),
            (top_r, top),
            (top_r - wall, top),
            (bottom_r - wall, shade_low),
        ]
        a.add(lathe(band, a.segments(bottom_r)), "shade", a.pick(SHADES))
        for k in range(3):  # spider arms from the stem to the shade's top ring
            angle = 2 * math.pi * k / 3
            # the wall's middle 1 cm below the rim (the shade widens downwards)
            rim_r = top_r + (bottom_r - top_r) * 0.01 / (top - shade_low) - wall / 2
            rim = (rim_r * math.cos(angle), rim_r * math.sin(angle), top - 0.01)
            a.add(rod((0, 0, shade_low + 0.03), rim, 0.004, 6), "stem", metal, Tier.FIXED)


def build_sword(a: Assembly) -> None:
    """A straight sword held point up: diamond-section blade, crossguard, wrapped grip, pommel."""
    blade_len, width = a.vary(0.75, 0.12), a.vary(0.05, 0.15)
    thick = 0.009
    grip_len = a.vary(0.13, 0.15)
    guard_z = grip_len + 0.03
    lozenge = [(width / 2, 0.0), (0.0, thick / 2), (-width / 2, 0.0), (0.0, -thick / 2)]
    root = prism(lozenge, 0.01, (0, 0, guard_z))
    shoulder = prism(lozenge, 0.01, (0, 0, guard_z + blade_len * 0.85)).scale((0.85, 1.0, 1.0))
    tip = sphere(0.001, 8, (0, 0, guard_z + blade_len))
    a.add(Manifold.batch_hull([root, shoulder, tip]), "blade", STEEL)
    guard_w = a.vary(0.2, 0.15)
    guard_color = a.pick(GUARDS)
    if a.chance(0.5):
        guard = capsule(
            (-guard_w / 2, 0, guard_z), (guard_w / 2, 0, guard_z), 0.013, a.segments(0.013)
        )
    else:
        guard = box((guard_w, 0.03, 0.025), (0, 0, guard_z))
    a.add(guard, "guard", guard_color, Tier.SECONDARY)
    a.add(
        cylinder(0.014, grip_len + 0.01, a.segments(0.014), (0, 0, 0.025)),
        "grip",
        LEATHER,
        Tier.FIXED,
    )
    for k in range(4):
        z = 0.03 + (k + 0.5) * grip_len / 4
        a.add(torus(0.0145, 0.003, a.segments(0.014), (0, 0, z)), "grip", LEATHER, Tier.FIXED)
    a.add(sphere(0.024, a.segments(0.024), (0, 0, 0.024)), "pommel", guard_color, Tier.SECONDARY)


def build_candle(a: Assembly) -> None:
    """A pillar candle with a few drips, a wick and a flame, on a dish."""
    radius, height = a.vary(0.035, 0.2), a.vary(0.15, 0.25)
    dish = a.wants("holder")
    base = 0.012 if dish else 0.0
    wax = a.pick(WAXES)
    a.add(cylinder(radius, height, a.segments(radius), (0, 0, base)), "wax", wax)
    for _ in range(a.pick((2, 3, 4))):
        angle = a.between(0, 2 * math.pi)
        x, y = radius * math.cos(angle), radius * math.sin(angle)
        drip = capsule(
            (x, y, base + height), (x, y, base + height - a.between(0.02, 0.06)), radius * 0.12, 8
        )
        a.add(drip, "wax", wax)
    top = base + height
    a.add(
        rod((0, 0, top - 0.005), (0, 0, top + 0.015), 0.0015, 6), "wick", (30, 30, 30), Tier.FIXED
    )
    if a.wants("flame"):
        flame = Manifold.batch_hull(
            [sphere(0.007, 12, (0, 0, top + 0.02)), sphere(0.0005, 6, (0, 0, top + 0.045))]
        )
        a.add(flame, "flame", FLAME, Tier.FIXED)
    if dish:
        plate = [
            (0.0, 0.0),
            (radius * 1.9, 0.0),
            (radius * 2.1, base + 0.006),
            (radius * 1.95, base + 0.006),
            (radius * 1.8, base),
            (0.0, base),
        ]
        a.add(lathe(plate, a.segments(radius * 2)), "holder", a.pick(LAMP_METALS), Tier.SECONDARY)


def build_umbrella(a: Assembly) -> None:
    """An open umbrella: an eight-panelled canopy on a shaft with a crook handle."""
    radius, height = a.vary(0.5, 0.1), a.vary(0.9, 0.08)
    rise = radius * a.vary(0.45, 0.15)
    top = height
    arc = [
        (radius * math.sin(t), top - rise + rise * math.cos(t) ** 0.8)
        for t in np.linspace(0, math.pi / 2, 10)
    ]
    shell = [
        (0.0, top + 0.004),
        *[(r, z + 0.004) for r, z in arc[1:]],
        *[(r, z) for r, z in reversed(arc[1:])],
        (0.0, top),
    ]
    a.add(lathe(shell, 8), "canopy", a.pick(CANOPIES))  # eight segments read as eight panels
    a.add(rod((0, 0, 0.12), (0, 0, top + 0.06), 0.008, 12), "shaft", (60, 60, 64), Tier.FIXED)
    hook = arc_tube((0, 0, 0), 0.045, 0.011, a.segments(0.045), 180.0, 180.0)
    a.add(hook.translate((0.045, 0, 0.12)), "handle", (90, 55, 30), Tier.FIXED)


TEMPLATES = (
    Template(
        "lamp",
        build_lamp,
        0.5,
        synonyms=(
            "table lamp",
            "desk lamp",
            "floor lamp",
            "lampshade",
            "reading lamp",
            "bedside lamp",
        ),
        parts=("base", "stem", "shade", "bulb"),
        aliases={"lampshade": "shade", "pole": "stem", "light": "bulb"},
    ),
    Template(
        "sword",
        build_sword,
        1.0,
        synonyms=("blade", "katana", "saber", "sabre", "longsword", "broadsword", "rapier"),
        parts=("blade", "guard", "grip", "pommel"),
        aliases={"handle": "grip", "hilt": "grip", "crossguard": "guard"},
    ),
    Template(
        "candle",
        build_candle,
        0.2,
        synonyms=("candlestick", "taper"),
        parts=("wax", "wick", "flame", "holder"),
        aliases={"fire": "flame", "dish": "holder", "plate": "holder"},
    ),
    Template(
        "umbrella",
        build_umbrella,
        1.0,
        synonyms=("parasol", "brolly"),
        parts=("canopy", "shaft", "handle"),
        aliases={"stick": "shaft", "pole": "shaft"},
    ),
)
