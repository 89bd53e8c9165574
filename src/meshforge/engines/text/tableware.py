"""Tableware templates: plate, wine glass, teapot, kettle, pitcher."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold
from scipy.interpolate import PchipInterpolator

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    box,
    cylinder,
    dome,
    lathe,
    rod,
    sphere,
    subtract,
    vessel,
)
from meshforge.engines.text.shapes import hoop, tube
from meshforge.engines.text.vessels import CERAMICS, GLAZES

GLASS: RGB = (215, 232, 238)
WINE: RGB = (120, 20, 45)
STEEL: RGB = (200, 204, 210)
KETTLE_METALS: tuple[RGB, ...] = ((200, 204, 210), (190, 40, 40), (240, 240, 235), (40, 40, 45))
HANDLES: tuple[RGB, ...] = ((35, 35, 38), (120, 80, 45), (230, 230, 225))


def _outline(radii: list[float], height: float, samples: int = 16) -> list[tuple[float, float]]:
    """A smooth (radius, height) outline through control radii spaced evenly up ``height``."""
    knots = np.linspace(0.0, height, len(radii))
    heights = np.linspace(0.0, height, samples)
    # PCHIP follows the control radii without overshooting
    smooth = PchipInterpolator(knots, radii)(heights)
    return [(float(r), float(z)) for r, z in zip(smooth, heights, strict=True)]


def build_plate(a: Assembly) -> None:
    """A dinner plate on a foot ring, its rim often banded; "soup" makes it deep."""
    radius = a.vary(0.13, 0.12)
    deep = a.mentions("soup", "deep", "pasta")
    rim_z = radius * (0.3 if deep else 0.17)
    well = radius * a.between(0.55, 0.68)
    profile = [
        (0.0, 0.004),
        (radius * 0.45, 0.004),
        (radius * 0.47, 0.0),
        (radius * 0.52, 0.0),
        (radius * 0.55, 0.005),
        (well, 0.008),
        (radius, rim_z),
        (radius, rim_z + 0.004),
        (well - 0.003, 0.012),
        (0.0, 0.012),
    ]
    a.add(lathe(profile, a.segments(radius)), "body", a.pick(CERAMICS))
    if a.maybe("rim", 0.5, "banded", "gold"):
        band = hoop(radius - 0.006, 0.003, a.segments(radius), (0, 0, rim_z + 0.0005))
        a.add(band, "rim", a.pick(((200, 160, 60), *GLAZES[:3])), Tier.SECONDARY)


def build_wine_glass(a: Assembly) -> None:
    """A stemmed glass: foot, stem and a tulip bowl; "wine" fills it, "flute" makes it tall."""
    flute = a.mentions("flute", "champagne")
    bowl_h = a.vary(0.13 if flute else 0.1, 0.1)
    bowl_r = a.vary(0.027 if flute else 0.042, 0.1)
    stem_h, foot_r = a.vary(0.08, 0.15), a.vary(0.036, 0.1)
    foot = [(0.0, 0.0), (foot_r, 0.0), (foot_r, 0.002), (0.006, 0.007), (0.0, 0.007)]
    a.add(lathe(foot, a.segments(foot_r)), "foot", GLASS)
    a.add(rod((0, 0, 0.004), (0, 0, stem_h + 0.008), 0.0035, 12), "stem", GLASS)
    shape = [0.012, 0.7, 0.98, 0.95, 0.82] if not flute else [0.012, 0.75, 0.95, 1.0, 1.02]
    outline = _outline([bowl_r * c for c in shape], bowl_h)
    wall, floor = 0.0018, 0.012
    a.add(vessel(outline, wall, floor, a.segments(bowl_r)).translate((0, 0, stem_h)), "bowl", GLASS)
    if a.maybe("wine", 0.4, "filled", "full", "poured"):
        level = bowl_h * 0.5
        inner = [
            (max(r - wall + 0.0004, 0.001), z) for r, z in outline if floor - 0.002 < z < level
        ]
        fill = lathe([(0.0, floor - 0.002), *inner, (0.0, inner[-1][1])], a.segments(bowl_r))
        color = (245, 215, 120) if flute else WINE
        a.add(fill.translate((0, 0, stem_h)), "wine", color, Tier.FIXED)


def _arc(
    center: tuple[float, float], radii: tuple[float, float], start_deg: float, end_deg: float
) -> list[tuple[float, float, float]]:
    """Points along an elliptical arc in the XZ plane (angles from +X towards +Z)."""
    angles = np.radians(np.linspace(start_deg, end_deg, 9))
    return [
        (center[0] + radii[0] * math.cos(t), 0.0, center[1] + radii[1] * math.sin(t))
        for t in angles
    ]


def _body(a: Assembly, radii: list[float], height: float, color: RGB) -> Manifold:
    """A solid turned body standing on the origin, added as the "body" part."""
    solid = lathe([(0.0, 0.0), *_outline(radii, height), (0.0, height)], a.segments(max(radii)))
    a.add(solid, "body", color)
    return solid


def build_teapot(a: Assembly) -> None:
    """A round teapot: spout to the left, handle to the right, a lid with a knob."""
    radius, height = a.vary(0.075, 0.1), a.vary(0.11, 0.1)
    color = a.pick(CERAMICS + GLAZES)
    shape = [0.68, 0.92, 1.0, 0.93, 0.72, 0.55]
    _body(a, [radius * c for c in shape], height, color)
    lid_r = radius * 0.56
    if a.wants("lid"):
        a.add(
            dome((lid_r, lid_r, lid_r * 0.45), a.segments(lid_r), (0, 0, height - 0.002)),
            "lid",
            color,
        )
        knob = sphere(radius * 0.11, a.segments(radius * 0.11), (0, 0, height + lid_r * 0.5))
        a.add(knob, "lid", color)
    if a.wants("spout"):
        # a swan neck: out from low on the belly, then curving up
        spout = _arc((-radius * 0.7, height * 0.95), (radius * 0.9, height * 0.7), 270, 180)
        spout = [(x, y, z) for x, y, z in spout if z < height * 0.6] + [
            (-radius * 1.62, 0.0, height * 0.75),
            (-radius * 1.72, 0.0, height * 0.92),
        ]
        a.add(tube(spout, radius * 0.19, a.segments(radius * 0.2), radius * 0.09), "spout", color)
    if a.wants("handle"):
        handle = _arc((radius * 0.9, height * 0.52), (radius * 0.55, height * 0.32), 110, -110)
        a.add(tube(handle, radius * 0.08, a.segments(radius * 0.08)), "handle", color)


def build_kettle(a: Assembly) -> None:
    """A stovetop kettle with a spout and a handle arching over its lid; "electric" is a jug."""
    metal = a.pick(KETTLE_METALS)
    grip = a.pick(HANDLES)
    if a.mentions("electric"):
        radius, height = a.vary(0.075, 0.1), a.vary(0.22, 0.1)
        _body(a, [radius, radius * 0.97, radius * 0.9, radius * 0.85], height, metal)
        a.add(cylinder(radius * 1.08, 0.02, a.segments(radius)), "base", grip, Tier.SECONDARY)
        spout = Manifold.batch_hull(
            [
                box((0.01, radius * 0.6, 0.02), (-radius * 0.75, 0, height - 0.012)),
                box((0.004, radius * 0.3, 0.006), (-radius * 1.15, 0, height + 0.004)),
            ]
        )
        a.add(spout, "spout", metal)
        side = _arc((radius * 0.8, height * 0.55), (radius * 0.6, height * 0.35), 100, -100)
        a.add(tube(side, radius * 0.12, a.segments(radius * 0.12)), "handle", grip, Tier.SECONDARY)
        return
    radius, height = a.vary(0.1, 0.1), a.vary(0.16, 0.12)
    _body(a, [radius, radius * 0.98, radius * 0.85, radius * 0.65, radius * 0.5], height, metal)
    lid_r = radius * 0.48
    a.add(
        dome((lid_r, lid_r, lid_r * 0.3), a.segments(lid_r), (0, 0, height - 0.002)), "lid", metal
    )
    a.add(sphere(0.012, 12, (0, 0, height + lid_r * 0.3)), "lid", grip, Tier.SECONDARY)
    if a.wants("spout"):
        spout = [(-radius * 0.7, 0.0, height * 0.3), (-radius * 1.15, 0.0, height * 0.55)]
        spout.append((-radius * 1.35, 0.0, height * 0.85))
        a.add(tube(spout, radius * 0.16, a.segments(radius * 0.16), radius * 0.08), "spout", metal)
    if a.wants("handle"):
        rise = height * a.between(0.45, 0.65)
        arch = [
            (radius * math.cos(t) * 0.55, 0.0, height - 0.01 + rise * math.sin(t))
            for t in np.linspace(0.15, math.pi - 0.15, 9)
        ]
        a.add(tube(arch, 0.011, a.segments(0.011)), "handle", grip, Tier.SECONDARY)


def build_pitcher(a: Assembly) -> None:
    """A jug: a bellied body open at the top, a pouring lip on the left and a side handle."""
    height, belly = a.vary(0.22, 0.1), a.vary(0.065, 0.12)
    radii = [belly * c for c in (0.8, 1.0, 0.88, 0.76, 0.86)]
    outline = _outline(radii, height)
    color = a.pick(CERAMICS + GLAZES + (GLASS,))
    wall = 0.005
    rim = radii[-1]
    cavity = lathe(
        [
            (0.0, 0.01),
            *[(r - wall, z) for r, z in outline if z > 0.01],
            (rim, height + 0.1),
            (0.0, height + 0.1),
        ],
        a.segments(belly),
    )
    a.add(vessel(outline, wall, 0.01, a.segments(belly)), "body", color)
    lip = Manifold.batch_hull(
        [
            cylinder(rim * 0.5, 0.035, a.segments(rim), (-rim * 0.6, 0, height - 0.035)),
            sphere(0.005, 8, (-rim - 0.028, 0, height + 0.012)),
        ]
    )
    groove = rod((-rim * 0.5, 0, height + 0.016), (-rim - 0.05, 0, height + 0.006), 0.011, 12)
    a.add(subtract(lip, cavity, groove), "body", color)
    if a.wants("handle"):
        handle = _arc((rim, height * 0.6), (0.05, height * 0.3), 95, -90)
        a.add(subtract(tube(handle, 0.009, a.segments(0.01)), cavity), "handle", color)


TEMPLATES = (
    Template(
        "plate",
        build_plate,
        0.03,
        synonyms=("dinner plate", "dish plate", "platter", "soup plate", "side plate"),
        parts=("body", "rim"),
        aliases={"band": "rim", "edge": "rim"},
    ),
    Template(
        "wine glass",
        build_wine_glass,
        0.2,
        synonyms=("wineglass", "champagne glass", "champagne flute", "stemware"),
        parts=("bowl", "stem", "foot", "wine"),
        aliases={"base": "foot", "drink": "wine", "champagne": "wine"},
    ),
    Template(
        "teapot",
        build_teapot,
        0.15,
        synonyms=("tea pot", "teakettle"),
        parts=("body", "lid", "spout", "handle"),
        aliases={"knob": "lid", "cover": "lid"},
    ),
    Template(
        "kettle",
        build_kettle,
        0.2,
        synonyms=("electric kettle", "stovetop kettle", "whistling kettle"),
        parts=("body", "lid", "spout", "handle", "base"),
        aliases={"knob": "lid", "grip": "handle"},
    ),
    Template(
        "pitcher",
        build_pitcher,
        0.22,
        synonyms=("jug", "water jug", "milk jug", "ewer", "carafe"),
        parts=("body", "handle"),
        aliases={"spout": "body", "lip": "body"},
    ),
)
