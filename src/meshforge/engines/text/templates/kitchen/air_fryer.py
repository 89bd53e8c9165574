"""An air fryer: a rounded tower with a pull-out basket drawer, a handle and a dial on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN_GLOW, front_panel
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box

BODIES = (BLACK_PLASTIC, (240, 240, 238), (60, 62, 68), (200, 60, 50))


def build_air_fryer(a: Assembly) -> None:
    """A rounded tower, the lower half a drawer with a stout handle, a display above it."""
    w, h = a.vary(0.3, 0.08), a.vary(0.33, 0.08)
    d = w * a.between(1.0, 1.15)
    color = a.pick(BODIES)
    body = rounded_box((w, d, h), w * 0.18, 24, (0, 0, h / 2))
    a.add(body, "body", color)
    front = -d / 2
    drawer_h = h * 0.5
    drawer = rounded_box(
        (w * 0.86, 0.03, drawer_h), 0.02, 12, (0, front + 0.006, drawer_h / 2 + 0.02)
    )
    trim = a.pick((BLACK_PLASTIC, color))
    a.add(drawer, "drawer", trim, Tier.SECONDARY)
    grip_z = drawer_h * 0.6
    a.add(
        rod((0, front, grip_z), (0, front - 0.05, grip_z), 0.018, 12),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        box((0.04, 0.03, 0.1), (0, front - 0.055, grip_z - 0.03)),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    front_panel(a, w * 0.45, h * 0.18, (0, h * 0.78), front + w * 0.02, "display", SCREEN_GLOW)
    if a.maybe("dial", 0.5, "knob"):
        a.add(cylinder(0.03, 0.02, 20, (0, 0, h - 0.004)), "dial", (200, 202, 206), Tier.FIXED)


TEMPLATE = Template(
    "air fryer",
    build_air_fryer,
    0.33,
    description="an air fryer, a countertop cooker with a pull-out basket that fries with hot air",
    synonyms=("airfryer", "air fryers", "air fryer oven"),
    kinds=("basket air fryer",),
    parts=("body", "drawer", "handle", "display", "dial"),
    aliases={"basket": "drawer", "screen": "display", "knob": "dial", "case": "body"},
)
