"""A bowl of ramen: a deep bowl of broth heaped with wavy noodles, a halved egg, pork slices, a
sheet of nori and spring onion, chopsticks laid across the rim."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, lathe, rod, union, vessel
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES, smooth_outline

BROTHS: tuple[RGB, ...] = ((215, 160, 90), (200, 130, 70), (225, 185, 120))
NOODLE: RGB = (245, 220, 140)
EGG_WHITE: RGB = (250, 248, 240)
YOLK: RGB = (245, 150, 30)
PORK: RGB = (200, 135, 105)
NORI: RGB = (30, 45, 30)
SCALLION: RGB = (110, 175, 60)
WOOD: RGB = (190, 150, 100)


def build_ramen(a: Assembly) -> None:
    """A bowl of ramen: broth, wavy noodles, a halved egg, pork, nori, spring onion, chopsticks."""
    radius, depth = a.vary(0.095, 0.1), a.vary(0.075, 0.1)
    segments = a.segments(radius)
    wall = 0.005
    outline = smooth_outline([radius * 0.4, radius * 0.6, radius * 0.82, radius], depth, 10)
    a.add(vessel(outline, wall, 0.012, segments), "bowl", a.pick(CERAMICS + GLAZES))
    level = depth * 0.82
    radii = [r for r, _ in outline]
    heights = [z for _, z in outline]
    surface_r = float(np.interp(level, heights, radii)) - wall * 0.5
    # the broth fills the inside up to ``level``, following the wall just inside it
    inside = [(r - wall * 0.5, z) for r, z in outline if 0.01 < z < level]
    broth = lathe([(0.0, 0.01), *inside, (surface_r, level), (0.0, level)], segments)
    a.add(broth, "broth", BROTHS)
    reach = surface_r * 0.9
    if a.wants("noodles"):
        # wavy noodles side by side across the broth, lying just on its surface; they never
        # cross, which keeps their union cheap
        heading = math.radians(a.between(-40, 40))
        c, si = math.cos(heading), math.sin(heading)
        strands = []
        for k in range(8):
            offset = (k - 3.5) * surface_r * 0.13
            half = math.sqrt(max(0.0, reach**2 - offset**2))
            points = []
            for i in range(7):
                x = -half + 2 * half * i / 6
                y = offset + surface_r * 0.035 * math.sin(i * 2.2 + k)
                points.append((x * c - y * si, x * si + y * c, level + 0.0005))
            strands.append(tube(points, radius * 0.025, 8))
        a.add(union(strands), "noodles", NOODLE, Tier.FIXED)
    top = level - 0.001  # toppings sink a little into the broth, so they hold on
    if a.maybe("egg", 0.9):
        # a soft-boiled egg halved, cut face up, its orange yolk showing
        spot = (reach * 0.45, -reach * 0.35, top)
        white = dome((radius * 0.2, radius * 0.14, radius * 0.1), 16, spot)
        a.add(white, "egg", EGG_WHITE, Tier.FIXED)
        yolk = cylinder(radius * 0.08, radius * 0.1 + 0.001, 16, spot)
        a.add(yolk, "yolk", YOLK, Tier.FIXED)
    if a.maybe("pork", 0.8, "chashu"):
        slices = [
            cylinder(
                radius * 0.2, radius * 0.05, 16, (-reach * 0.4 + 0.0, reach * (0.2 - 0.3 * k), top)
            ).rotate((a.between(-6, 6), a.between(4, 12), 0))
            for k in range(2)
        ]
        a.add(union(slices), "pork", PORK, Tier.FIXED)
    if a.maybe("nori", 0.8, "seaweed"):
        # a sheet standing up against the back of the bowl
        sheet = box((radius * 0.45, 0.0015, depth * 0.6), (0, 0, 0)).rotate((-15, 0, 0))
        a.add(
            sheet.translate((reach * 0.1, surface_r * 0.85, level + depth * 0.1)),
            "nori",
            NORI,
            Tier.FIXED,
        )
    if a.maybe("scallion", 0.8, "spring onion", "green onion"):
        rings = [
            cylinder(radius * 0.03, radius * 0.025, 8, (reach * x, reach * y, top))
            for x, y in (
                (0.1, 0.1),
                (0.2, -0.05),
                (-0.05, -0.3),
                (0.15, 0.35),
                (-0.2, 0.05),
                (0.3, 0.15),
            )
        ]
        a.add(union(rings), "scallion", SCALLION, Tier.FIXED)
    if a.maybe("chopsticks", 0.6, "chopstick"):
        sticks = [
            rod(
                (-radius * 1.05, y, depth + 0.001),
                (radius * 1.35, y * 1.4, depth + 0.003),
                0.0035,
                8,
                0.0022,
            )
            for y in (-radius * 0.12, -radius * 0.02)
        ]
        a.add(union(sticks), "chopsticks", WOOD, Tier.FIXED)


TEMPLATE = Template(
    "ramen",
    build_ramen,
    0.09,
    description="a bowl of ramen noodle soup with egg, pork, nori and chopsticks",
    synonyms=(
        "bowl of ramen",
        "ramen bowl",
        "noodles",
        "noodle",
        "bowl of noodles",
        "noodle soup",
        "noodle bowl",
        "udon",
        "pho",
        "soba",
        "ramen noodles",
    ),
    kinds=("tonkotsu ramen", "miso ramen", "instant ramen"),
    not_claimed=("cup noodles", "pool noodle"),
    parts=("bowl", "broth", "noodles", "egg", "yolk", "pork", "nori", "scallion", "chopsticks"),
    aliases={
        "soup": "broth",
        "chashu": "pork",
        "meat": "pork",
        "seaweed": "nori",
        "spring onion": "scallion",
        "green onion": "scallion",
        "chopstick": "chopsticks",
        "sticks": "chopsticks",
    },
)
