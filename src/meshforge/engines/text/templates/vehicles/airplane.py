"""A twin-engined airliner on its landing gear, nose towards the front."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, lathe, prism, rod, side_prism
from meshforge.engines.text.kit.vehicles import DARK_METAL, REDS


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


TEMPLATE = Template(
    "airplane",
    build_airplane,
    5.0,
    description="a fixed-wing aircraft that flies",
    synonyms=("aeroplane", "plane", "jet", "airliner", "aircraft", "jetliner", "passenger jet"),
    kinds=(
        "seaplane",
        "monoplane",
        "propeller plane",
        "prop plane",
        "bomber",
        "airbus",
        "boeing",
        "concorde",
        "spitfire",
        "private jet",
        "cargo plane",
        "floatplane",
        "triplane",
        "bush plane",
        "passenger plane",
        "airliner jet",
        "light aircraft",
    ),
    parts=("fuselage", "wing", "tail", "engine", "window", "gear"),
    aliases={"body": "fuselage", "fin": "tail", "wheel": "gear", "cockpit": "window"},
)
