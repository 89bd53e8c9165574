"""A pirate ship: a dark wooden galleon with a raised stern, three masts of square sails,
gun ports along its sides and a black flag."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.ships import hull
from meshforge.engines.text.kit.solids import box, rod, sphere, union
from meshforge.engines.text.kit.sweeps import face_prism

HULLS: tuple[RGB, ...] = ((85, 55, 35), (60, 40, 28), (110, 70, 40))
TRIM: tuple[RGB, ...] = ((200, 160, 60), (160, 40, 35), (30, 30, 32))
SAILS: tuple[RGB, ...] = ((240, 232, 210), (35, 35, 38), (225, 215, 190))
WOOD: RGB = (120, 80, 45)
FLAG: RGB = (25, 25, 28)
BONE: RGB = (245, 245, 240)
PORT: RGB = (25, 22, 20)


def build_pirate_ship(a: Assembly) -> None:
    """A pirate galleon: raised stern, three masts of square sails, gun ports, a black flag."""
    length = a.vary(12.0, 0.1)
    beam, depth = length * a.between(0.26, 0.32), length * 0.18
    wood = a.pick(HULLS)
    body = hull(length, beam, depth, 0.15, depth * 0.25)
    a.add(body, "hull", wood)
    a.add(
        box((beam * 0.9, length * 0.9, 0.1), (0, length * 0.03, depth * 0.75)),
        "deck",
        WOOD,
        Tier.FIXED,
    )
    trim = a.pick(TRIM)
    # the stern castle: a raised cabin at the back, and a rail of trim along the hull
    castle_len = length * 0.22
    a.add(
        box(
            (beam * 0.78, castle_len, depth * 0.55),
            (0, length / 2 - castle_len / 2 - 0.2, depth + depth * 0.2),
        ),
        "castle",
        wood,
    )
    a.add(
        box(
            (beam * 0.8, castle_len * 1.02, depth * 0.06),
            (0, length / 2 - castle_len / 2 - 0.2, depth + depth * 0.5),
        ),
        "trim",
        trim,
        Tier.SECONDARY,
    )
    # gun ports: dark squares laid on the hull's sides, following its curve
    ports = union(
        [
            box(
                (beam * 2, length * 0.04, depth * 0.12),
                (0, -length * 0.2 + k * length * 0.09, depth * 0.72),
            )
            for k in range(5)
        ]
    )
    a.add(skin(body, ports, 0.04), "gun port", PORT, Tier.FIXED)
    sails = a.pick(SAILS)
    masts = ((-length * 0.22, 0.85), (0.0, 1.0), (length * 0.22, 0.8))
    for y, share in masts:
        top = depth + length * 0.55 * share
        a.add(rod((0, y, depth * 0.6), (0, y, top), length * 0.012, 12), "mast", WOOD, Tier.FIXED)
        for low, high, width in ((0.25, 0.55, 0.75), (0.6, 0.85, 0.6)):
            z0, z1 = depth + (top - depth) * low, depth + (top - depth) * high
            w = beam * 1.3 * width
            # a square sail bellying forward: a slightly bent sheet
            sail = face_prism(
                [(-w / 2, z0), (w / 2, z0), (w / 2 * 0.9, z1), (-w / 2 * 0.9, z1)], 0.08
            )
            a.add(sail.translate((0, y - length * 0.015, 0)), "sail", sails, Tier.SECONDARY)
            a.add(
                rod((-w / 2 - 0.1, y, z1), (w / 2 + 0.1, y, z1), length * 0.006, 8),
                "mast",
                WOOD,
                Tier.FIXED,
            )
        if share == 1.0 and a.wants("flag"):
            flag = box(
                (0.04, length * 0.12, length * 0.07), (0, y + length * 0.06, top - length * 0.04)
            )
            a.add(flag, "flag", FLAG, Tier.FIXED)
            a.add(
                sphere(length * 0.017, 12, (0.03, y + length * 0.06, top - length * 0.035)),
                "skull",
                BONE,
                Tier.FIXED,
            )
    a.add(
        rod(
            (0, -length / 2 + 0.2, depth * 1.1),
            (0, -length / 2 - length * 0.14, depth * 1.45),
            length * 0.01,
            8,
        ),
        "mast",
        WOOD,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "pirate ship",
    build_pirate_ship,
    9.0,
    description="a wooden sailing galleon with three masts of square sails and a black pirate flag",
    synonyms=(
        "pirate boat",
        "galleon",
        "pirate galleon",
        "tall ship",
        "sailing ship",
        "buccaneer ship",
        "old sailing ship",
        "pirate ships",
    ),
    kinds=("black pearl", "spanish galleon", "clipper ship"),
    parts=("hull", "deck", "castle", "trim", "gun port", "mast", "sail", "flag", "skull"),
    aliases={
        "sails": "sail",
        "masts": "mast",
        "cannons": "gun port",
        "jolly roger": "flag",
        "stern": "castle",
    },
)
