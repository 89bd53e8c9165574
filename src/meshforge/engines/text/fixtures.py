"""Everyday object templates: barrel, key, anchor, bell, light bulb."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    arc_tube,
    box,
    cylinder,
    lathe,
    rod,
    sphere,
    subtract,
    union,
    vessel,
)
from meshforge.engines.text.shapes import face_prism, hoop

BARREL_WOODS: tuple[RGB, ...] = ((160, 105, 60), (135, 85, 50), (185, 130, 80))
HOOP: RGB = (70, 70, 75)
KEY_METALS: tuple[RGB, ...] = ((200, 165, 70), (185, 185, 190), (150, 110, 60), (90, 90, 95))
ANCHOR_METALS: tuple[RGB, ...] = ((45, 45, 50), (30, 50, 90), (120, 120, 125))
BRONZE: RGB = (205, 150, 60)
GLASS: RGB = (250, 245, 215)
SOCKET: RGB = (190, 192, 198)


def _barrel_radius(z: float, height: float, end_r: float, belly_r: float) -> float:
    """The radius of a barrel's bulging side at height ``z``."""
    return end_r + (belly_r - end_r) * math.sin(math.pi * z / height)


def build_barrel(a: Assembly) -> None:
    """A wooden barrel: bulging staves held by iron hoops, the lid set in below the rim."""
    height, belly = a.vary(0.9, 0.1), a.vary(0.32, 0.08)
    end_r = belly * a.vary(0.84, 0.04)
    samples = np.linspace(0.0, height, 17)
    side = [(_barrel_radius(float(z), height, end_r, belly), float(z)) for z in samples]
    body = vessel(side, 0.025, height - 0.04, a.segments(belly))
    wood = a.pick(BARREL_WOODS)
    hoops = []
    for share in (0.08, 0.3, 0.7, 0.92):
        z0, z1 = height * share - 0.025, height * share + 0.025
        r0 = _barrel_radius(z0, height, end_r, belly) + 0.006
        r1 = _barrel_radius(z1, height, end_r, belly) + 0.006
        hoops.append(cylinder(r0, z1 - z0, a.segments(belly), (0, 0, z0), r1))
    if a.maybe("stave", 0.6):  # shallow grooves between the staves
        grooves = [
            box((0.006, belly * 2.4, height), (0, 0, height / 2)).rotate((0, 0, 180 * k / 9))
            for k in range(9)
        ]
        body = subtract(
            body, subtract(union(grooves), cylinder(belly - 0.01, height + 1, 32, (0, 0, -0.5)))
        )
    a.add(body, "body", wood)
    a.add(union(hoops), "hoop", HOOP, Tier.SECONDARY)


def build_key(a: Assembly) -> None:
    """An old skeleton key standing on its bit: a round or trefoil bow, a shaft and teeth."""
    length, metal = a.vary(0.1, 0.1), a.pick(KEY_METALS)
    bow_r, wire = length * 0.16, length * 0.045
    shaft_top = length * 0.66
    a.add(rod((0, 0, 0), (0, 0, shaft_top + wire), wire * 0.8, a.segments(wire)), "shaft", metal)
    centre = (0.0, 0.0, shaft_top + bow_r + wire * 0.5)
    if a.chance(0.5):
        a.add(
            hoop(bow_r, wire, a.segments(bow_r)).rotate((90, 0, 0)).translate(centre), "bow", metal
        )
    else:  # a trefoil of three small rings
        rings = []
        for k in range(3):
            angle = math.radians(-90 + 120 * k)
            at = (
                centre[0] + bow_r * 0.6 * math.cos(angle),
                0.0,
                centre[2] + bow_r * 0.6 * math.sin(angle) + bow_r * 0.2,
            )
            rings.append(
                hoop(bow_r * 0.55, wire * 0.8, a.segments(bow_r)).rotate((90, 0, 0)).translate(at)
            )
        a.add(union(rings), "bow", metal)
    a.add(hoop(wire * 1.1, wire * 0.45, 12, (0, 0, shaft_top - wire)), "shaft", metal)
    teeth = [
        box((length * 0.2, wire * 1.2, length * 0.045), (length * 0.1, 0, length * 0.03)),
        box((length * 0.05, wire * 1.2, length * 0.17), (length * 0.18, 0, length * 0.085)),
        box((length * 0.12, wire * 1.2, length * 0.04), (length * 0.07, 0, length * 0.13)),
    ]
    a.add(union(teeth[: a.pick((2, 3))]), "bit", metal)


def build_anchor(a: Assembly) -> None:
    """A ship's anchor: ring, stock, shank and two curved arms ending in flukes."""
    height, metal = a.vary(1.0, 0.1), a.pick(ANCHOR_METALS)
    thick = height * 0.04
    arm_r = height * a.vary(0.32, 0.08)
    crown_z = thick * 1.2
    top = height - height * 0.1
    a.add(rod((0, 0, crown_z), (0, 0, top), thick, a.segments(thick)), "shank", metal)
    a.add(
        hoop(height * 0.07, thick * 0.6, a.segments(height * 0.07))
        .rotate((90, 0, 0))
        .translate((0, 0, top + height * 0.06)),
        "ring",
        metal,
    )
    stock_z = top - height * 0.08
    a.add(
        rod(
            (-height * 0.22, 0, stock_z),
            (height * 0.22, 0, stock_z),
            thick * 0.8,
            a.segments(thick),
        ),
        "stock",
        metal,
    )
    for side in (-1, 1):
        a.add(
            sphere(thick * 1.1, a.segments(thick), (side * height * 0.22, 0, stock_z)),
            "stock",
            metal,
        )
    arms = arc_tube((0, 0, crown_z + arm_r), arm_r, thick * 0.9, a.segments(arm_r), 200.0, 140.0)
    a.add(arms, "arm", metal)
    for side in (-1, 1):
        angle = math.radians(200.0 if side < 0 else 340.0)
        tip = (arm_r * math.cos(angle), crown_z + arm_r + arm_r * math.sin(angle))
        fluke = face_prism(
            [
                (tip[0] - side * thick, tip[1] - thick * 1.5),
                (tip[0] + side * thick * 3.5, tip[1] + thick * 3.5),
                (tip[0] - side * thick * 1.5, tip[1] + thick * 2.5),
            ],
            thick * 1.2,
        )
        a.add(fluke, "fluke", metal)
    a.add(sphere(thick * 1.3, a.segments(thick), (0, 0, crown_z)), "arm", metal)
    if a.maybe("rope", 0.35):
        rope = hoop(height * 0.12, thick * 0.35, a.segments(height * 0.12)).rotate((75, 0, 0))
        a.add(rope.translate((0, 0, top - height * 0.02)), "rope", (200, 170, 120), Tier.SECONDARY)


def build_bell(a: Assembly) -> None:
    """A hanging bronze bell: a flared shell, a clapper below the lip and a loop on top."""
    height, lip = a.vary(0.3, 0.1), a.vary(0.17, 0.1)
    shell_profile = [
        (lip, 0.0),
        (lip * 0.93, height * 0.12),
        (lip * 0.7, height * 0.3),
        (lip * 0.6, height * 0.6),
        (lip * 0.55, height * 0.85),
        (lip * 0.3, height * 0.97),
        (0.001, height),
    ]
    # a vessel opens upwards: build it on its head, then turn it over onto its lip
    flipped = [(r, height - z) for r, z in reversed(shell_profile)]
    shell = (
        vessel(flipped, lip * 0.08, height * 0.08, a.segments(lip))
        .rotate((180, 0, 0))
        .translate((0, 0, height))
    )
    a.add(shell, "body", BRONZE)
    a.add(hoop(lip * 0.98, lip * 0.05, a.segments(lip), (0, 0, lip * 0.03)), "body", BRONZE)
    clapper_z = -height * 0.05
    a.add(
        rod((0, 0, clapper_z), (0, 0, height * 0.95), lip * 0.04, 12),
        "clapper",
        (70, 60, 50),
        Tier.FIXED,
    )
    a.add(
        sphere(lip * 0.16, a.segments(lip * 0.16), (0, 0, clapper_z)),
        "clapper",
        (70, 60, 50),
        Tier.FIXED,
    )
    if a.chance(0.5):
        loop = hoop(height * 0.1, lip * 0.05, a.segments(height * 0.1)).rotate((90, 0, 0))
        a.add(loop.translate((0, 0, height + height * 0.08)), "loop", BRONZE)
    else:  # a hand bell's wooden handle
        a.add(
            rod((0, 0, height * 0.95), (0, 0, height * 1.45), lip * 0.1, 16),
            "handle",
            (120, 80, 45),
            Tier.SECONDARY,
        )
        a.add(sphere(lip * 0.18, 16, (0, 0, height * 1.5)), "handle", (120, 80, 45), Tier.SECONDARY)


def build_light_bulb(a: Assembly) -> None:
    """An incandescent bulb standing on its screw cap: a pear-shaped glass and a ridged socket."""
    radius, height = a.vary(0.03, 0.08), a.vary(0.11, 0.08)
    cap_h = height * 0.28
    bulb = [(0.0, cap_h - 0.004), (radius * 0.45, cap_h - 0.004)]
    for t in np.linspace(0.0, 1.0, 14):
        angle = -math.pi / 2 + t * math.pi
        centre = height - radius
        z = centre + radius * math.sin(angle)
        r = radius * math.cos(angle)
        if z > cap_h + radius * 0.2:
            bulb.append((max(r, 1e-4), z))
    bulb.insert(2, (radius * 0.5, cap_h + radius * 0.25))
    bulb.append((0.0, height))
    a.add(lathe(bulb, a.segments(radius)), "glass", GLASS)
    # the screw thread as ridges in one turned profile: no rings to union
    cap = [(0.0, 0.006), (radius * 0.45, 0.006)]
    for k in range(8):
        z = 0.008 + k * (cap_h - 0.01) / 8
        cap += [(radius * 0.45, z), (radius * 0.52, z + (cap_h - 0.01) / 16)]
    cap += [(radius * 0.47, cap_h), (0.0, cap_h)]
    a.add(lathe(cap, a.segments(radius)), "cap", SOCKET, Tier.SECONDARY)
    a.add(
        cylinder(radius * 0.2, 0.008, 12, (0, 0, 0.0), radius * 0.3),
        "contact",
        (40, 40, 42),
        Tier.FIXED,
    )


TEMPLATES = (
    Template(
        "barrel",
        build_barrel,
        0.9,
        synonyms=("cask", "keg", "wine barrel", "wooden barrel", "whiskey barrel"),
        parts=("body", "hoop", "stave"),
        aliases={"band": "hoop", "ring": "hoop", "plank": "stave"},
    ),
    Template(
        "key",
        build_key,
        0.1,
        synonyms=("old key", "door key", "house key"),
        parts=("bow", "shaft", "bit"),
        aliases={"handle": "bow", "ring": "bow", "teeth": "bit", "tooth": "bit"},
    ),
    Template(
        "anchor",
        build_anchor,
        1.0,
        synonyms=("ship anchor", "boat anchor", "ships anchor"),
        parts=("shank", "ring", "stock", "arm", "fluke", "rope"),
        aliases={"chain": "rope", "crossbar": "stock"},
    ),
    Template(
        "bell",
        build_bell,
        0.35,
        synonyms=("church bell", "hand bell", "handbell", "school bell", "liberty bell"),
        parts=("body", "clapper", "loop", "handle"),
        aliases={"lip": "body", "tongue": "clapper"},
    ),
    Template(
        "light bulb",
        build_light_bulb,
        0.11,
        synonyms=("lightbulb", "bulb", "lamp bulb", "edison bulb"),
        parts=("glass", "cap", "contact"),
        aliases={"socket": "cap", "base": "cap", "screw": "cap"},
    ),
)
