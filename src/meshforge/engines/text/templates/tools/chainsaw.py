"""A chainsaw: an engine housing with a top handle and rear grip, a long bar ringed by chain."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, ellipse_points, front_plate, smooth_loop
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = (
    (240, 110, 25),
    (230, 90, 30),
    (245, 190, 30),
    (40, 140, 80),
    (210, 40, 40),
)
CHAIN: RGB = (60, 62, 68)


def build_chainsaw(a: Assembly) -> None:
    """A chainsaw: an engine housing with a top handle and rear grip, a long bar ringed by chain."""
    scale = a.vary(1.0, 0.08)
    body_l, body_h, body_w = 0.3 * scale, 0.18 * scale, 0.16 * scale
    color = a.pick(BODIES)
    z0 = 0.02 * scale
    a.add(
        rounded_box((body_l, body_w, body_h), 0.03 * scale, 16, (0, 0, z0 + body_h / 2)),
        "body",
        color,
    )
    a.add(
        rounded_box(
            (body_l * 0.5, body_w * 1.02, body_h * 0.35),
            0.015,
            12,
            (-body_l * 0.15, 0, z0 + body_h * 0.3),
        ),
        "body",
        BLACK,
    )
    bar_len = a.vary(0.42, 0.15) * scale
    bar_h = 0.075 * scale
    x0 = -body_l / 2 + 0.02
    centre_z = z0 + body_h * 0.42
    bar_outline = [
        (x0, centre_z - bar_h / 2),
        (x0 - bar_len, centre_z - bar_h * 0.32),
        (x0 - bar_len - bar_h * 0.32, centre_z),
        (x0 - bar_len, centre_z + bar_h * 0.32),
        (x0, centre_z + bar_h / 2),
    ]
    bar = front_plate(bar_outline, 0.006, round_r=bar_h * 0.25)
    a.add(bar, "bar", SILVER, Tier.FIXED)
    chain_outline = [
        (x - 0.006 if x < x0 else x, z + (0.006 if z > centre_z else -0.006 if z < centre_z else 0))
        for x, z in bar_outline
    ]
    chain_outline[2] = (chain_outline[2][0] - 0.006, centre_z)
    a.add(front_plate(chain_outline, 0.004, round_r=bar_h * 0.25), "chain", CHAIN, Tier.FIXED)
    if a.wants("handle"):
        loop = [
            (-body_l * 0.3, 0.0, z0 + body_h - 0.01),
            (-body_l * 0.25, 0.0, z0 + body_h + 0.08 * scale),
            (body_l * 0.1, 0.0, z0 + body_h + 0.1 * scale),
            (body_l * 0.55, 0.0, z0 + body_h * 0.7),
            (body_l * 0.62, 0.0, z0 + body_h * 0.2),
            (body_l * 0.45, 0.0, z0 + 0.015),
        ]
        a.add(tube(loop, 0.014 * scale, 16), "handle", BLACK, Tier.SECONDARY)
    if a.wants("guard"):
        guard = front_plate(
            smooth_loop(ellipse_points(0.018 * scale, 0.07 * scale, 8)), 0.14 * scale
        )
        a.add(
            guard.translate((-body_l * 0.4, 0, z0 + body_h + 0.03 * scale)),
            "guard",
            BLACK,
            Tier.FIXED,
        )
    a.add(
        box((0.05 * scale, 0.006, 0.05 * scale), (0, -body_w / 2, z0 + body_h * 0.6)), "body", BLACK
    )


TEMPLATE = Template(
    "chainsaw",
    build_chainsaw,
    0.35,
    description="a petrol power saw with a long bar and a toothed chain running round it",
    synonyms=("chain saw", "power saw", "petrol chainsaw", "electric chainsaw"),
    kinds=("logging saw",),
    parts=("body", "bar", "chain", "handle", "guard"),
    aliases={"blade": "bar", "engine": "body", "housing": "body", "grip": "handle"},
)
