"""A roast chicken: a golden-brown plump body with drumsticks and wings, on a serving platter."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, sphere
from meshforge.engines.text.kit.tableware import CERAMICS

ROASTS: tuple[RGB, ...] = ((200, 120, 50), (185, 100, 40), (210, 140, 65))
BONE: RGB = (245, 235, 215)


def build_roast_chicken(a: Assembly) -> None:
    """A roast chicken: a golden-brown plump body with drumsticks and wings."""
    length, width = a.vary(0.24, 0.1), a.vary(0.17, 0.1)
    skin = a.pick(ROASTS)
    plate_r = length * 0.85
    on_plate = a.wants("platter")
    base = 0.015 if on_plate else 0.0
    if on_plate:
        a.add(
            cylinder(plate_r, 0.015, a.segments(plate_r)).scale((1.0, 0.75, 1.0)),
            "platter",
            a.pick(CERAMICS[:3]),
            Tier.SECONDARY,
        )
    h = width * 0.55
    z = base + h * 0.7  # sunk a little into the platter, flattened underneath
    body = Manifold.batch_hull(
        [
            ellipsoid(
                (width * 0.5, length * 0.3, h * 0.8), a.segments(width), (0, -length * 0.12, z)
            ),
            ellipsoid(
                (width * 0.45, length * 0.28, h * 0.75),
                a.segments(width),
                (0, length * 0.14, z - h * 0.05),
            ),
        ]
    )
    a.add(body.trim_by_plane((0, 0, 1), base - 0.004), "skin", skin)
    for sx in (-1, 1):
        # drumsticks point back and up, the knuckle bone showing
        hip = (sx * width * 0.3, length * 0.18, z - h * 0.1)
        knee = (sx * width * 0.36, length * 0.42, z + h * 0.25)
        a.add(
            ellipsoid(
                (width * 0.18, length * 0.18, h * 0.35),
                16,
                ((hip[0] + knee[0]) / 2, (hip[1] + knee[1]) / 2, (hip[2] + knee[2]) / 2),
            ),
            "drumstick",
            skin,
        )
        a.add(
            capsule(
                knee,
                (knee[0] * 0.8, knee[1] + length * 0.07, knee[2] + h * 0.15),
                width * 0.045,
                10,
            ),
            "bone",
            BONE,
            Tier.FIXED,
        )
        a.add(
            sphere(width * 0.06, 10, (knee[0] * 0.8, knee[1] + length * 0.07, knee[2] + h * 0.15)),
            "bone",
            BONE,
            Tier.FIXED,
        )
        wing = ellipsoid(
            (width * 0.12, length * 0.2, h * 0.3),
            14,
            (sx * width * 0.45, -length * 0.15, z - h * 0.1),
        )
        a.add(wing.rotate((0, sx * 20, 0)).translate((sx * width * 0.05, 0, 0)), "wing", skin)
    if on_plate and a.maybe("garnish", 0.6, "herbs", "vegetables"):
        for k, (gx, gy) in enumerate(((-0.6, -0.3), (0.6, -0.25), (-0.55, 0.35), (0.6, 0.3))):
            color = LEAF_GREEN if k % 2 == 0 else (230, 120, 40)
            a.add(
                sphere(0.018, 10, (gx * plate_r, gy * plate_r * 0.75, base + 0.008)),
                "garnish",
                color,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "roast chicken",
    build_roast_chicken,
    0.14,
    description="a whole golden roasted chicken with drumsticks, served on a platter",
    synonyms=(
        "roasted chicken",
        "whole chicken",
        "roast turkey",
        "turkey dinner",
        "roast bird",
        "rotisserie chicken",
        "thanksgiving turkey",
    ),
    kinds=("whole roast chicken", "roasted turkey", "christmas turkey", "cooked chicken"),
    parts=("platter", "skin", "drumstick", "bone", "wing", "garnish"),
    aliases={
        "plate": "platter",
        "body": "skin",
        "legs": "drumstick",
        "leg": "drumstick",
        "herbs": "garnish",
    },
)
