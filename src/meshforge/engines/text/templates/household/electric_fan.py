"""An electric fan: a round base, a stand, a motor and blades behind a wire cage."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod, union
from meshforge.engines.text.kit.sweeps import hoop

FANS: tuple[RGB, ...] = (
    (240, 240, 238),
    (40, 40, 44),
    (150, 205, 195),
    (90, 150, 220),
    (240, 200, 60),
)
CAGE: RGB = (200, 203, 208)


def build_electric_fan(a: Assembly) -> None:
    """An electric fan: a round base, a stand, a motor and blades behind a wire cage."""
    tall = a.mentions("pedestal", "standing", "floor", "stand")
    height = a.vary(1.1 if tall else 0.4, 0.08)
    r = a.vary(0.16 if tall else 0.14, 0.1)
    color = a.pick(FANS)
    base_r = r * (1.3 if tall else 0.85)
    a.add(cylinder(base_r, 0.03, a.segments(base_r), (0, 0, 0), base_r * 0.85), "base", color)
    hub_z = height - r
    a.add(
        rod((0, 0, 0.02), (0, 0.02, hub_z - r * 0.25), 0.015 if tall else 0.02, 12), "stand", color
    )
    motor = ellipsoid((r * 0.28, r * 0.45, r * 0.28), a.segments(r * 0.3), (0, r * 0.3, hub_z))
    a.add(motor, "motor", color)
    a.add(rod((0, 0.02, hub_z - r * 0.3), (0, r * 0.3, hub_z - r * 0.1), 0.012, 8), "stand", color)
    blades = a.count("blade", a.pick((3, 4, 5)), 2, 8)
    turn = a.between(0, 90)
    vanes = []
    for k in range(blades):
        vane = ellipsoid((r * 0.42, r * 0.2, 0.004), max(12, a.segments(r * 0.4) // 2)).rotate(
            (0, 20, 0)
        )
        vanes.append(vane.translate((r * 0.45, 0, 0)).rotate((0, 0, turn + 360 * k / blades)))
    hub = cylinder(r * 0.14, 0.03, 16, (0, 0, -0.015))
    fan = union([*vanes, hub]).rotate((90, 0, 0)).translate((0, -r * 0.05, hub_z))
    a.add(fan, "blade", a.pick(((240, 240, 238), (90, 150, 220), (40, 40, 44))), Tier.SECONDARY)
    if a.wants("cage"):
        wires = []
        for y, ring_r in ((-r * 0.18, r), (r * 0.1, r), (-r * 0.28, r * 0.6)):
            wires.append(
                hoop(ring_r, 0.003, a.segments(r) // 2).rotate((90, 0, 0)).translate((0, y, hub_z))
            )
        for k in range(8):
            angle = 2 * math.pi * k / 8
            cx, cz = math.cos(angle), math.sin(angle)
            wires.append(
                rod(
                    (cx * r * 0.2, -r * 0.34, hub_z + cz * r * 0.2),
                    (cx * r, -r * 0.18, hub_z + cz * r),
                    0.0025,
                    6,
                )
            )
            wires.append(
                rod(
                    (cx * r, -r * 0.19, hub_z + cz * r),
                    (cx * r, r * 0.11, hub_z + cz * r),
                    0.0025,
                    6,
                )
            )
        wires.append(cylinder(r * 0.2, 0.015, 16, (0, -r * 0.3, hub_z)).rotate((0, 0, 0)))
        wires.append(rod((0, -r * 0.36, hub_z), (0, r * 0.12, hub_z), 0.006, 8))
        a.add(union(wires), "cage", CAGE, Tier.FIXED)


TEMPLATE = Template(
    "electric fan",
    build_electric_fan,
    0.4,
    description="an electric desk fan with spinning blades inside a round wire guard",
    synonyms=(
        "fan",
        "desk fan",
        "table fan",
        "pedestal fan",
        "standing fan",
        "floor fan",
        "oscillating fan",
    ),
    kinds=("box fan",),
    not_claimed=(
        "ceiling fan",
        "hand fan",
        "folding fan",
        "football fan",
        "sports fan",
        "fan club",
        "fan art",
    ),
    parts=("base", "stand", "motor", "blade", "cage"),
    aliases={"guard": "cage", "grill": "cage", "grille": "cage", "pole": "stand"},
)
