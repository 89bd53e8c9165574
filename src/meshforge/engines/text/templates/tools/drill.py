"""A cordless power drill seen side on: motor housing, pistol grip, battery, chuck and bit."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, STEEL, lathe_x
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, rounded_box

BODIES: tuple[RGB, ...] = (
    (245, 190, 25),
    (40, 140, 120),
    (210, 40, 40),
    (40, 90, 180),
    (235, 110, 30),
)


def build_drill(a: Assembly) -> None:
    """A cordless power drill seen side on: motor housing, pistol grip, battery, chuck and bit."""
    scale = a.vary(1.0, 0.08)
    s = a.segments(0.035 * scale)
    low = max(16, s // 2)  # hull and seam inputs: the hull keeps the outline smooth enough
    body_color = a.pick(BODIES)
    top = 0.2 * scale
    radius = a.vary(0.034, 0.08) * scale
    back = 0.1 * scale
    housing = Manifold.batch_hull(
        [
            ellipsoid((radius * 1.2, radius, radius * 1.1), low, (back, 0, top)),
            ellipsoid((radius * 0.8, radius * 0.85, radius * 0.85), low, (-0.06 * scale, 0, top)),
        ]
    )
    a.add(housing, "body", body_color)
    handle = capsule(
        (0.05 * scale, 0, top - radius * 0.4),
        (0.035 * scale, 0, 0.06 * scale),
        0.021 * scale,
        low,
    ).scale((1.0, 0.8, 1.0))
    a.add(handle, "handle", BLACK, Tier.SECONDARY)
    trigger = rounded_box(
        (0.014 * scale, 0.012 * scale, 0.03 * scale),
        0.004 * scale,
        12,
        (0.022 * scale, 0, top - radius - 0.012 * scale),
    )
    a.add(trigger, "trigger", BLACK, Tier.FIXED)
    if a.wants("battery"):
        battery = rounded_box(
            (0.1 * scale, 0.075 * scale, 0.055 * scale),
            0.008 * scale,
            12,
            (0.045 * scale, 0, 0.0275 * scale),
        )
        a.add(battery, "battery", BLACK, Tier.FIXED)
        stripe = box(
            (0.102 * scale, 0.077 * scale, 0.008 * scale), (0.045 * scale, 0, 0.045 * scale)
        )
        a.add(stripe, "body", body_color)
    nose = -0.06 * scale - radius * 0.6
    chuck_len = 0.05 * scale
    chuck = lathe_x(
        [
            (0.0, 0.0),
            (radius * 0.55, 0.0),
            (radius * 0.6, chuck_len * 0.5),
            (radius * 0.42, chuck_len),
            (0.0, chuck_len),
        ],
        s,
        (nose, 0, top),
    ).mirror((1.0, 0.0, 0.0))
    chuck = chuck.translate((2 * nose, 0, 0))
    a.add(chuck, "chuck", BLACK, Tier.FIXED)
    if a.wants("bit"):
        tip = nose - chuck_len
        bit_len = a.vary(0.07, 0.2) * scale
        bit = rod((tip + 0.005, 0, top), (tip - bit_len, 0, top), 0.0035 * scale, 12, 0.002 * scale)
        a.add(bit, "bit", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "drill",
    build_drill,
    0.25,
    description="a handheld power tool with a pistol grip and a spinning drill bit",
    synonyms=("power drill", "cordless drill", "electric drill", "drill driver"),
    kinds=("impact driver", "hammer drill", "screw gun"),
    not_claimed=("drill press", "fire drill", "oil drill", "drill sergeant"),
    parts=("body", "handle", "trigger", "battery", "chuck", "bit"),
    aliases={"housing": "body", "grip": "handle", "drill bit": "bit", "motor": "body"},
)
