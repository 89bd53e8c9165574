"""A kayak: a long, low, pointed hull with a cockpit and a double-bladed paddle across it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, lathe_y
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, subtract

HULLS: tuple[RGB, ...] = (
    (240, 120, 30),
    (220, 40, 40),
    (250, 200, 40),
    (40, 110, 200),
    (60, 160, 90),
)


def build_kayak(a: Assembly) -> None:
    """A kayak: a long, low, pointed hull with a cockpit and a double-bladed paddle across it."""
    length, beam = a.vary(3.6, 0.1), a.vary(0.62, 0.08)
    half = length / 2
    profile = (
        [(0.0, 0.0)]
        + [(beam / 2 * math.sin(math.pi * k / 20) ** 0.7, length * k / 20) for k in range(1, 20)]
        + [(0.0, length)]
    )
    # the hull: a long spindle, squashed flat, its front to -Y
    hull = lathe_y(profile, a.segments(beam / 2), (0, half, 0)).scale((1.0, 1.0, 0.55))
    hull = hull.translate((0, 0, beam * 0.22))
    cockpit_y = a.between(-0.05, 0.15)
    well = ellipsoid((beam * 0.32, 0.45, 0.3), a.segments(beam / 2), (0, cockpit_y, beam * 0.5))
    a.add(subtract(hull, well), "hull", HULLS)
    deck_z = beam * 0.22 + beam / 2 * 0.55
    coaming = subtract(
        ellipsoid((beam * 0.36, 0.5, 0.04), a.segments(beam / 2), (0, cockpit_y, deck_z - 0.01)),
        ellipsoid((beam * 0.3, 0.44, 0.2), a.segments(beam / 2), (0, cockpit_y, deck_z)),
    )
    a.add(coaming, "rim", BLACK, Tier.FIXED)
    a.add(box((beam * 0.45, 0.3, 0.03), (0, cockpit_y, beam * 0.2)), "seat", BLACK, Tier.FIXED)
    if a.maybe("paddle", 0.8, "oar"):
        z = beam * 0.48
        reach = a.between(1.0, 1.2)
        turn = a.between(-25, 25)
        shaft = rod((-reach, 0, z), (reach, 0, z), 0.016, 10)
        blades = [
            ellipsoid((0.22, 0.09, 0.012), 16, (side * reach, 0, z)).rotate((side * 15, 0, 0))
            for side in (-1, 1)
        ]
        for solid in (shaft, *blades):
            part = "paddle" if solid is shaft else "blade"
            a.add(
                solid.rotate((0, 0, turn)).translate((0, cockpit_y + 0.55, 0)),
                part,
                (40, 40, 44) if part == "paddle" else (240, 240, 238),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "kayak",
    build_kayak,
    0.4,
    description="a long narrow kayak with a cockpit and a double-bladed paddle",
    synonyms=("kayaks", "sea kayak", "sit-on-top kayak", "kayak with paddle"),
    kinds=("whitewater kayak",),
    parts=("hull", "rim", "seat", "paddle", "blade"),
    aliases={"body": "hull", "cockpit": "rim", "oar": "paddle", "blades": "blade"},
)
