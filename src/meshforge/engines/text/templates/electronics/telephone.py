"""A desk telephone: a sloped base with a rotary dial or keypad, a handset on its cradle."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = (
    (30, 30, 33),
    (200, 40, 40),
    (240, 235, 220),
    (60, 120, 90),
    (235, 230, 225),
)
DIAL: RGB = (240, 240, 235)


def build_telephone(a: Assembly) -> None:
    """A desk telephone: a sloped base with a rotary dial or keypad, a handset on its cradle and a
    cord."""
    width, depth, height = a.vary(0.2, 0.08), a.vary(0.22, 0.08), a.vary(0.1, 0.1)
    color = a.pick(BODIES)
    base = Manifold.batch_hull(
        [
            rounded_box((width, depth, 0.03), 0.012, 12, (0, 0, 0.015)),
            rounded_box(
                (width * 0.8, depth * 0.5, 0.02), 0.01, 12, (0, depth * 0.12, height - 0.01)
            ),
        ]
    )
    a.add(base, "base", color)
    # the sloped front face runs from the base's front edge up to the top block's front
    slope = (height - 0.03) / (depth * 0.37)
    rotary = a.mentions("rotary", "vintage", "old", "retro", "antique") or a.chance(0.6)
    dial_y = -depth * 0.3
    dial_z = 0.03 + (height - 0.03) * 0.2 / 0.37 - 0.005  # sunk a little into the slope
    tilt = math.degrees(math.atan(slope))
    dial_color = DIAL if sum(color) < 450 else (40, 40, 44)
    if rotary:
        disc = cylinder(width * 0.28, 0.03, a.segments(width * 0.28), (0, 0, -0.02))  # half sunk
        a.add(
            disc.rotate((tilt, 0, 0)).translate((0, dial_y, dial_z)), "dial", dial_color, Tier.FIXED
        )
        hub = (
            cylinder(width * 0.1, 0.036, 16, (0, 0, -0.02))
            .rotate((tilt, 0, 0))
            .translate((0, dial_y, dial_z))
        )
        a.add(hub, "dial", color, Tier.SECONDARY)
    else:
        for r in range(4):
            for c in (-1, 0, 1):
                key = cylinder(0.008, 0.02, 8).rotate((tilt, 0, 0))
                key_y = dial_y - 0.03 + r * 0.022
                # on the slope, sunk 12 mm into it (past the hull's rounded edge), so every key
                # is joined to the base
                key_z = 0.03 + (key_y + depth / 2) * slope - 0.012
                a.add(
                    key.translate((c * 0.025, key_y, key_z)),
                    "button",
                    dial_color,
                    Tier.FIXED,
                )
    # the handset lies across the top in its cradle
    hz = height + 0.012  # the handset sits down in its cradle
    half = width * 0.55
    a.add(
        capsule((-half * 0.7, depth * 0.12, hz), (half * 0.7, depth * 0.12, hz), 0.016, 12),
        "handset",
        color,
    )
    for sx in (-1, 1):
        cup = ellipsoid((0.035, 0.03, 0.02), 16, (sx * half * 0.75, depth * 0.12, hz - 0.005))
        a.add(cup, "handset", color)
    if a.wants("cord"):
        side = width / 2 + 0.01
        cord = [
            (-half * 0.75, depth * 0.12, hz - 0.02),
            (-side - 0.03, depth * 0.1, hz - 0.04),
            (-side - 0.05, 0.0, 0.04),
            (-width / 2 + 0.02, -depth * 0.2, 0.015),
        ]
        a.add(tube(cord, 0.005, 8), "cord", color, Tier.SECONDARY)
        a.add(sphere(0.008, 8, cord[-1]), "cord", color, Tier.SECONDARY)


TEMPLATE = Template(
    "telephone",
    build_telephone,
    0.14,
    description="an old desk telephone with a handset resting on its cradle and a dial",
    synonyms=(
        "rotary phone",
        "landline",
        "landline phone",
        "desk phone",
        "old phone",
        "vintage phone",
        "corded phone",
        "retro phone",
    ),
    kinds=("rotary telephone", "dial phone", "office phone", "home phone", "red telephone"),
    parts=("base", "dial", "button", "handset", "cord"),
    aliases={
        "receiver": "handset",
        "keypad": "button",
        "keys": "button",
        "wire": "cord",
        "body": "base",
    },
)
