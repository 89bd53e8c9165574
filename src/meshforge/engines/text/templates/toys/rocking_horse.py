"""A rocking horse: a carved horse with mane and saddle, its legs on two curved rockers."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE, WOODS
from meshforge.engines.text.kit.palettes import COAL
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.sweeps import tube

SADDLES: tuple[RGB, ...] = ((180, 30, 35), (30, 70, 160), (40, 110, 60))


def build_rocking_horse(a: Assembly) -> None:
    """A rocking horse: a carved horse with mane and saddle, its legs on two curved rockers."""
    length = a.vary(0.9, 0.08)
    coat = a.pick((WHITE, (230, 225, 215), *WOODS[:3]))
    wood = a.pick(WOODS)
    half = length / 2
    rise = length * 0.1
    for side in (-1, 1):
        x = side * length * 0.16
        arc = [
            (x, -half, rise),
            (x, -half * 0.5, rise * 0.2),
            (x, 0.0, 0.012),
            (x, half * 0.5, rise * 0.2),
            (x, half, rise),
        ]
        a.add(tube(arc, 0.02, 12), "rocker", wood, Tier.SECONDARY)
    body_z = length * 0.48
    body = ellipsoid(
        (length * 0.13, length * 0.3, length * 0.12),
        min(40, a.segments(length * 0.13)),
        (0, 0, body_z),
    )
    a.add(body, "body", coat)
    legs = []
    for sy in (-1, 1):
        for sx in (-1, 1):
            top = (sx * length * 0.08, sy * length * 0.2, body_z - length * 0.05)
            foot = (sx * length * 0.16, sy * length * 0.32, rise * 0.55 + 0.02)
            legs.append(capsule(foot, top, length * 0.03, 12, length * 0.038))
    a.add(union(legs), "leg", coat)
    neck_base = (0.0, -length * 0.22, body_z + length * 0.04)
    head_c = (0.0, -length * 0.34, body_z + length * 0.3)
    neck = capsule(
        neck_base, (0.0, -length * 0.3, body_z + length * 0.26), length * 0.075, 24, length * 0.055
    )
    head = Manifold.batch_hull(
        [
            ellipsoid((length * 0.055, length * 0.07, length * 0.06), 24, head_c),
            ellipsoid(
                (length * 0.042, length * 0.05, length * 0.04),
                24,
                (0.0, -length * 0.45, body_z + length * 0.22),
            ),
        ]
    )
    a.add(union([neck, head]), "head", coat)
    for side in (-1, 1):
        a.add(
            sphere(
                length * 0.012, 12, (side * length * 0.045, -length * 0.38, body_z + length * 0.31)
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
        a.add(
            rod(
                (side * length * 0.02, -length * 0.32, body_z + length * 0.34),
                (side * length * 0.025, -length * 0.31, body_z + length * 0.4),
                length * 0.014,
                8,
                0.002,
            ),
            "ear",
            coat,
        )
    mane_color = a.pick((BLACK, (120, 70, 35), (240, 200, 120)))
    mane = tube(
        [
            (0, -length * 0.31, body_z + length * 0.37),
            (0, -length * 0.22, body_z + length * 0.25),
            (0, -length * 0.16, body_z + length * 0.1),
        ],
        length * 0.03,
        12,
        length * 0.02,
    )
    a.add(mane, "mane", mane_color, Tier.FIXED)
    tail = tube(
        [
            (0, length * 0.28, body_z + length * 0.04),
            (0, length * 0.36, body_z - length * 0.04),
            (0, length * 0.38, body_z - length * 0.18),
        ],
        length * 0.03,
        12,
        length * 0.012,
    )
    a.add(tail, "tail", mane_color, Tier.FIXED)
    saddle = ellipsoid(
        (length * 0.14, length * 0.12, length * 0.03),
        24,
        (0, -length * 0.02, body_z + length * 0.11),
    )
    a.add(saddle, "saddle", a.pick(SADDLES), Tier.FIXED)
    a.add(
        rod(
            (-length * 0.08, -length * 0.3, body_z + length * 0.24),
            (length * 0.08, -length * 0.3, body_z + length * 0.24),
            length * 0.01,
            8,
        ),
        "handle",
        (200, 170, 90),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "rocking horse",
    build_rocking_horse,
    0.75,
    description="a wooden toy horse on curved rockers that a child rides",
    synonyms=("rocking pony", "hobby horse", "toy horse", "wooden horse"),
    kinds=("rocker horse",),
    parts=("body", "leg", "head", "eye", "ear", "mane", "tail", "saddle", "handle", "rocker"),
    aliases={"hair": "mane", "seat": "saddle"},
)
