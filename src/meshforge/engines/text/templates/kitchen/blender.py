"""A countertop blender: a motor base with buttons, a tall tapered jug with a handle and a lid."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SMALL_APPLIANCES, front_knob
from meshforge.engines.text.kit.solids import cylinder, rounded_box, vessel
from meshforge.engines.text.kit.sweeps import tube

JUG: RGB = (205, 225, 235)
SMOOTHIES: tuple[RGB, ...] = ((230, 90, 120), (150, 200, 90), (250, 170, 60))


def build_blender(a: Assembly) -> None:
    """A countertop blender: a motor base with buttons, a tall tapered jug, a handle and a lid."""
    base_w, base_h = a.vary(0.17, 0.08), a.vary(0.12, 0.1)
    base = rounded_box((base_w, base_w, base_h), 0.02, a.segments(0.03), (0, 0, base_h / 2))
    a.add(base, "base", a.pick(SMALL_APPLIANCES))
    for k in range(a.pick((3, 4))):
        front_knob(
            a,
            0.009,
            0.006,
            (k - 1.5) * 0.028 + 0.014,
            base_h * 0.45,
            -base_w / 2,
            a.pick(((220, 220, 220), (60, 60, 64))),
            "button",
        )
    jug_h, low_r, top_r = a.vary(0.22, 0.1), base_w * 0.33, base_w * a.between(0.42, 0.5)
    jug = vessel([(low_r, 0.0), (top_r, jug_h)], 0.004, 0.012, a.segments(top_r))
    a.add(
        cylinder(low_r * 1.15, 0.025, a.segments(low_r), (0, 0, base_h - 0.002)),
        "collar",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(jug.translate((0, 0, base_h + 0.022)), "jug", JUG, Tier.FIXED)
    top = base_h + 0.022 + jug_h
    if a.maybe("smoothie", 0.5, "smoothie", "juice", "full"):
        level = a.between(0.4, 0.7)
        fill = cylinder(
            low_r - 0.003,
            jug_h * level,
            a.segments(top_r),
            (0, 0, base_h + 0.03),
            low_r + (top_r - low_r) * level - 0.004,
        )
        a.add(fill, "smoothie", a.pick(SMOOTHIES), Tier.FIXED)
    if a.wants("lid"):
        a.add(
            cylinder(top_r + 0.004, 0.018, a.segments(top_r), (0, 0, top - 0.004)),
            "lid",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        a.add(
            cylinder(top_r * 0.35, 0.02, a.segments(top_r), (0, 0, top + 0.012)),
            "lid",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    if a.wants("handle"):
        z0, z1 = base_h + 0.06, top - 0.04
        x0 = low_r + (top_r - low_r) * (z0 - base_h) / jug_h - 0.003
        x1 = low_r + (top_r - low_r) * (z1 - base_h) / jug_h - 0.003
        grip = tube(
            [(x0, 0, z0), (x0 + 0.05, 0, z0 + 0.01), (x1 + 0.05, 0, z1 - 0.02), (x1, 0, z1)],
            0.009,
            8,
        )
        a.add(grip, "handle", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "blender",
    build_blender,
    0.38,
    description="a kitchen blender: a tall glass jug with a lid on a motor base with buttons",
    synonyms=("food blender", "smoothie maker", "liquidiser", "liquidizer", "smoothie blender"),
    kinds=("food processor", "stand blender"),
    parts=("base", "button", "collar", "jug", "smoothie", "lid", "handle"),
    aliases={"jar": "jug", "pitcher": "jug", "motor": "base", "juice": "smoothie"},
)
