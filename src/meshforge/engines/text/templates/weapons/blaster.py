"""A sci-fi blaster prop seen side on: a finned body, ringed barrel, emitter, grip."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, front_plate, lathe_x
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = (
    (200, 40, 40),
    (70, 75, 85),
    (240, 240, 235),
    (40, 90, 180),
    (60, 160, 80),
)
TOYS: tuple[RGB, ...] = ((250, 120, 30), (245, 200, 30), (60, 170, 220), (120, 200, 60))
GLOW: tuple[RGB, ...] = ((120, 230, 255), (120, 255, 140), (255, 90, 70))


def build_blaster(a: Assembly) -> None:
    """A sci-fi blaster prop seen side on: a finned body, ringed barrel, emitter, grip."""
    toy = a.mentions("toy", "water", "squirt", "nerf", "plastic")
    scale = a.vary(1.0, 0.1)
    s = max(16, a.segments(0.03 * scale) // 2)
    body_color = a.pick(TOYS if toy else BODIES)
    z = 0.15 * scale
    body_r = a.vary(0.032, 0.1) * scale
    body = lathe_x(
        [
            (0.0, 0.0),
            (body_r * 0.7, 0.0),
            (body_r, 0.04 * scale),
            (body_r * 0.95, 0.1 * scale),
            (body_r * 0.5, 0.14 * scale),
            (0.0, 0.14 * scale),
        ],
        s,
        (-0.1 * scale, 0, z),
    )
    a.add(body, "body", body_color)
    barrel_len = a.vary(0.13, 0.15) * scale
    start = -0.1 * scale
    barrel = lathe_x(
        [(0.0, 0.0), (body_r * 0.38, 0.0), (body_r * 0.32, barrel_len), (0.0, barrel_len)], s
    ).mirror((1.0, 0.0, 0.0))
    a.add(barrel.translate((start + 0.02 * scale, 0, z)), "barrel", SILVER, Tier.FIXED)
    rings = a.count("ring", a.pick((2, 3, 3)), 0, 5)
    for k in range(rings):
        x = start - barrel_len * (0.15 + 0.7 * k / max(1, rings))
        ring = lathe_x(
            [(0.0, 0.0), (body_r * 0.7, 0.0), (body_r * 0.7, 0.012 * scale), (0.0, 0.012 * scale)],
            s,
        )
        a.add(ring.translate((x, 0, z)), "ring", body_color)
    tip_x = start - barrel_len + 0.02 * scale
    a.add(sphere(body_r * 0.45, s, (tip_x, 0, z)), "emitter", a.pick(GLOW), Tier.FIXED)
    fin = front_plate(
        [
            (0.0, 0.0),
            (0.06 * scale, 0.0),
            (0.09 * scale, body_r * 2.0),
            (0.07 * scale, body_r * 2.1),
        ],
        0.006,
    )
    for tilt in (0.0, 120.0, 240.0):
        a.add(
            fin.translate((0.02 * scale, 0, 0)).rotate((tilt, 0, 0)).translate((0.0, 0, z)),
            "fin",
            body_color,
        )
    grip = Manifold.batch_hull(
        [
            rounded_box(
                (0.05 * scale, 0.034 * scale, 0.02), 0.008, 12, (0.055 * scale, 0, z - body_r * 0.5)
            ),
            rounded_box((0.042 * scale, 0.03 * scale, 0.02), 0.008, 12, (0.085 * scale, 0, 0.012)),
        ]
    )
    a.add(grip, "grip", BLACK, Tier.SECONDARY)
    a.add(
        tube(
            [
                (0.02 * scale, 0, z - body_r * 0.8),
                (0.01 * scale, 0, z - body_r * 2.2),
                (0.04 * scale, 0, z - body_r * 2.6),
            ],
            0.004,
            8,
        ),
        "trigger",
        SILVER,
        Tier.FIXED,
    )
    if a.maybe("scope", 0.4, "sight"):
        a.add(
            capsule(
                (0.03 * scale, 0, z + body_r * 1.25),
                (-0.05 * scale, 0, z + body_r * 1.25),
                body_r * 0.28,
                s,
            ),
            "scope",
            BLACK,
            Tier.FIXED,
        )
        a.add(
            ellipsoid((0.008, 0.006, body_r * 0.3), 12, (-0.01 * scale, 0, z + body_r * 0.95)),
            "scope",
            BLACK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "blaster",
    build_blaster,
    0.2,
    description="a sci-fi ray gun prop with a finned body, a ringed barrel and a pistol grip",
    synonyms=(
        "ray gun",
        "raygun",
        "laser gun",
        "laser pistol",
        "blaster pistol",
        "space gun",
        "phaser",
        "toy gun",
        "water gun",
        "gun",
        "pistol",
    ),
    kinds=("squirt gun", "nerf gun", "laser blaster", "sci fi gun"),
    not_claimed=(
        "glue gun",
        "hot glue gun",
        "nail gun",
        "spray gun",
        "heat gun",
        "tape gun",
        "grease gun",
        "label gun",
        "price gun",
    ),
    parts=("body", "barrel", "ring", "emitter", "fin", "grip", "trigger", "scope"),
    aliases={"handle": "grip", "muzzle": "emitter", "tip": "emitter", "sight": "scope"},
)
