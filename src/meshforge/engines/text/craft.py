"""Craft templates: rocket, boat, airplane."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold, OpType

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    around_z,
    box,
    cylinder,
    ellipsoid,
    lathe,
    prism,
    rod,
    side_prism,
    sphere,
    subtract,
    torus,
)

WHITE: RGB = (238, 238, 235)
REDS: tuple[RGB, ...] = ((210, 40, 40), (30, 90, 190), (240, 150, 30), (60, 60, 70))
DARK_METAL: RGB = (70, 70, 78)
PORTHOLE: RGB = (120, 190, 230)
FLAME: RGB = (255, 140, 20)
HULLS: tuple[RGB, ...] = (
    (240, 240, 235),
    (180, 40, 40),
    (40, 80, 150),
    (150, 100, 60),
    (40, 110, 90),
)
WOOD: RGB = (170, 120, 70)
SAILCLOTH: RGB = (248, 246, 238)


def build_rocket(a: Assembly) -> None:
    """A cartoon rocket: ogive nose, fins, porthole, nozzle; "launching" adds a flame."""
    height = a.vary(3.0, 0.12)
    radius = height * a.vary(0.09, 0.15)
    bottom, shoulder = height * 0.08, height * a.vary(0.6, 0.06)
    body = [
        (0.0, bottom),
        (radius * 0.75, bottom),
        (radius, bottom + height * 0.08),
        (radius, shoulder + 0.01),
        (0.0, shoulder + 0.01),
    ]
    a.add(lathe(body, a.segments(radius)), "body", WHITE)
    bluntness = a.between(0.6, 0.9)
    nose = [(0.0, shoulder - 0.01)]
    for t in np.linspace(0.0, 1.0, 14):
        nose.append(
            (
                radius * math.cos(t * math.pi / 2) ** bluntness + 1e-4,
                shoulder + (height - shoulder) * t,
            )
        )
    nose.append((0.0, height))
    accent = a.pick(REDS)
    a.add(lathe(nose, a.segments(radius)), "nose", accent, Tier.SECONDARY)
    fins = a.count("fin", a.pick((3, 4)), 2, 8)
    reach = radius * a.vary(1.1, 0.2)
    fin_outline = [
        (radius * 0.9, bottom + height * 0.32),
        (radius * 0.9, bottom + height * 0.04),
        (radius + reach, bottom - height * 0.04),
        (radius + reach, bottom + height * 0.1),
    ]
    thickness = radius * 0.12
    fin = prism(fin_outline, thickness).translate((0, 0, -thickness / 2)).rotate((90, 0, 0))
    a.add(around_z(fin, fins, 90.0 / fins), "fin", accent, Tier.SECONDARY)
    a.add(
        cylinder(radius * 0.7, bottom + 0.02, a.segments(radius), (0, 0, 0), radius * 0.5),
        "nozzle",
        DARK_METAL,
        Tier.FIXED,
    )
    if a.wants("window"):
        z = (bottom + shoulder) * 0.55
        ring = torus(radius * 0.32, radius * 0.07, a.segments(radius * 0.32)).rotate((90, 0, 0))
        a.add(ring.translate((0, -radius * 0.98, z)), "porthole", DARK_METAL, Tier.FIXED)
        # a plug from inside the hull fills the ring's hole: a lens in front would seal a void
        glass = rod(
            (0, -radius * 0.8, z), (0, -radius * 1.02, z), radius * 0.31, a.segments(radius * 0.3)
        )
        a.add(glass, "window", PORTHOLE, Tier.FIXED)
    if a.maybe("stripe", 0.5):
        band = cylinder(
            radius * 1.01, height * 0.03, a.segments(radius), (0, 0, shoulder - height * 0.08)
        )
        a.add(band, "stripe", accent, Tier.SECONDARY)
    if a.wants("flame") and a.mentions(
        "launch", "launching", "flame", "fire", "blast", "flying", "liftoff"
    ):
        flame = cylinder(radius * 0.55, height * 0.35, a.segments(radius), (0, 0, 0), 0.0)
        a.add(flame.scale((1, 1, -1)).translate((0, 0, 0.01)), "flame", FLAME, Tier.FIXED)


def _boat_outline(length: float, beam: float, samples: int = 16) -> list[tuple[float, float]]:
    """Plan view (x, y) of a hull: pointed bow at -Y, squared transom at +Y."""
    right = []
    for u in np.linspace(0.0, 1.0, samples):
        half = beam / 2 * math.sin(min(u / 0.6, 1.0) * math.pi / 2) ** 0.7
        half *= 1 - 0.15 * max(0.0, (u - 0.7) / 0.3)
        right.append((max(half, 1e-3), -length / 2 + u * length))
    return right + [(-x, y) for x, y in reversed(right)]


def build_boat(a: Assembly) -> None:
    """An open rowing boat with thwarts; a sailboat when asked (or by seed)."""
    length, beam, depth = a.vary(4.0, 0.12), a.vary(1.5, 0.1), a.vary(0.7, 0.1)
    wall = 0.05
    deck, keel = _boat_outline(length, beam), _boat_outline(length * 0.85, beam * 0.25)
    outer = Manifold.batch_hull(
        [
            prism(deck, 0.02, (0, 0, depth - 0.02)),
            prism(keel, 0.02, (0, length * 0.05, 0)),
            sphere(0.03, 8, (0, -length / 2, depth + 0.12)),
        ]
    )
    inner_deck = _boat_outline(length - 3 * wall, beam - 2 * wall)
    inner = Manifold.batch_hull(
        [
            prism(inner_deck, 1.0, (0, 0, depth - 0.02)),
            prism(_boat_outline(length * 0.8, beam * 0.2), 0.02, (0, length * 0.05, wall)),
        ]
    )
    color = a.pick(HULLS)
    a.add(subtract(outer, inner), "hull", color)
    for y in (-0.12 * length, 0.18 * length):
        seat = Manifold.batch_boolean(
            [box((beam, 0.25, 0.04), (0, y, depth * 0.72)), outer], OpType.Intersect
        )
        a.add(seat, "seat", WOOD, Tier.FIXED)
    sailing = a.mentions("sail", "sailboat", "sailing", "yacht", "sloop") or (
        not a.mentions("rowboat", "canoe", "dinghy") and a.chance(0.5)
    )
    if sailing and a.wants("sail"):
        mast_y, mast_h = -0.15 * length, length * a.vary(1.0, 0.1)
        a.add(rod((0, mast_y, 0.02), (0, mast_y, mast_h), 0.045, 12), "mast", WOOD, Tier.FIXED)
        sail = [
            (mast_y + 0.03, depth + 0.35),
            (mast_y + 0.5 * length, depth + 0.35),
            (mast_y + 0.03, mast_h * 0.95),
        ]
        a.add(side_prism(sail, 0.02), "sail", SAILCLOTH, Tier.SECONDARY)
        a.add(
            rod((0, mast_y, depth + 0.3), (0, mast_y + 0.52 * length, depth + 0.3), 0.035, 12),
            "mast",
            WOOD,
            Tier.FIXED,
        )


def build_airplane(a: Assembly) -> None:
    """A twin-engined airliner on its landing gear, nose towards the front."""
    length, radius = a.vary(14.0, 0.1), a.vary(0.9, 0.1)
    span = length * a.vary(0.95, 0.1)
    gear_h = radius * 1.1
    axis_z = gear_h + radius
    profile = [(0.0, 0.0), (radius * 0.25, 0.0)]  # tail end at s = 0, nose at s = length
    profile += [(radius * (0.25 + 0.75 * t), length * 0.28 * t) for t in np.linspace(0.1, 1.0, 6)]
    for t in np.linspace(0.0, 1.0, 10):
        profile.append(
            (radius * math.cos(t * math.pi / 2) ** 0.6 + 1e-4, length * 0.86 + length * 0.14 * t)
        )
    profile.append((0.0, length))
    body = lathe(profile, a.segments(radius)).rotate((90, 0, 0)).translate((0, length / 2, axis_z))
    livery = a.pick(((240, 240, 242), (220, 225, 235), (250, 250, 250)))
    a.add(body, "fuselage", livery)
    wing_z = axis_z - radius * 0.45
    root, tip, sweep = length * 0.2, length * 0.07, span * 0.22
    le = -root * 0.6
    wing = [
        (0, le),
        (span / 2, le + sweep),
        (span / 2, le + sweep + tip),
        (0, le + root),
        (-span / 2, le + sweep + tip),
        (-span / 2, le + sweep),
    ]
    a.add(prism(wing, 0.22, (0, 0, wing_z)), "wing", livery)
    tail_y = length / 2 - length * 0.1
    stab = [
        (0, tail_y - 0.8),
        (span * 0.18, tail_y + 0.3),
        (span * 0.18, tail_y + 0.9),
        (0, tail_y + 1.1),
        (-span * 0.18, tail_y + 0.9),
        (-span * 0.18, tail_y + 0.3),
    ]
    a.add(prism(stab, 0.12, (0, 0, axis_z + radius * 0.1)), "wing", livery)
    fin = [
        (tail_y - 1.4, axis_z + radius * 0.3),
        (tail_y + 1.3, axis_z + radius * 0.3),
        (tail_y + 1.6, axis_z + radius + 2.6),
        (tail_y + 0.6, axis_z + radius + 2.6),
    ]
    a.add(side_prism(fin, 0.18), "tail", a.pick(REDS), Tier.SECONDARY)
    for sx in (-1, 1):
        x = sx * span * 0.2
        a.add(
            rod((x, -1.6, wing_z - 0.6), (x, 1.0, wing_z - 0.6), 0.5, a.segments(0.5)),
            "engine",
            DARK_METAL,
            Tier.FIXED,
        )
        a.add(box((0.15, 1.0, 0.5), (x, 0.0, wing_z - 0.15)), "engine", DARK_METAL, Tier.FIXED)
        a.add(
            box(
                (0.06, length * 0.5, 0.22),
                (sx * radius * 0.97, -length * 0.05, axis_z + radius * 0.3),
            ),
            "window",
            (40, 50, 70),
            Tier.FIXED,
        )
    cockpit = ellipsoid((radius * 0.6, radius * 0.5, radius * 0.25), a.segments(radius * 0.6))
    a.add(
        cockpit.translate((0, -length * 0.44, axis_z + radius * 0.55)),
        "window",
        (40, 50, 70),
        Tier.FIXED,
    )
    for x, y, top in (
        (0.0, -length * 0.38, axis_z - radius * 0.5),
        (-radius * 1.6, 0.6, wing_z + 0.1),
        (radius * 1.6, 0.6, wing_z + 0.1),
    ):
        a.add(rod((x, y, top), (x, y, gear_h * 0.45), 0.08, 8), "gear", DARK_METAL, Tier.FIXED)
        a.add(
            rod((x - 0.15, y, gear_h * 0.45), (x + 0.15, y, gear_h * 0.45), gear_h * 0.45, 16),
            "gear",
            (25, 25, 28),
            Tier.FIXED,
        )


TEMPLATES = (
    Template(
        "rocket",
        build_rocket,
        3.0,
        synonyms=("spaceship", "space ship", "rocketship", "spacecraft", "missile", "space rocket"),
        parts=("body", "nose", "fin", "nozzle", "window", "porthole", "stripe", "flame"),
        aliases={
            "cone": "nose",
            "nosecone": "nose",
            "engine": "nozzle",
            "fire": "flame",
            "band": "stripe",
        },
    ),
    Template(
        "boat",
        build_boat,
        1.0,
        synonyms=(
            "sailboat",
            "rowboat",
            "yacht",
            "dinghy",
            "canoe",
            "ship",
            "sailing boat",
            "fishing boat",
        ),
        parts=("hull", "seat", "sail", "mast"),
        aliases={"bench": "seat", "thwart": "seat", "boom": "mast"},
    ),
    Template(
        "airplane",
        build_airplane,
        5.0,
        synonyms=("aeroplane", "plane", "jet", "airliner", "aircraft", "jetliner", "passenger jet"),
        parts=("fuselage", "wing", "tail", "engine", "window", "gear"),
        aliases={"body": "fuselage", "fin": "tail", "wheel": "gear", "cockpit": "window"},
    ),
)
