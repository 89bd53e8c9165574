"""A wifi router: a flat box with a row of status lights and two to four antennas standing up."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, LIGHT_GREEN, cased_box
from meshforge.engines.text.kit.solids import capsule, cylinder, sphere


def build_router(a: Assembly) -> None:
    """A wifi router: a flat box with a row of status lights."""
    width, depth, height = a.vary(0.24, 0.12), a.vary(0.16, 0.12), a.vary(0.04, 0.15)
    color = a.pick((*GADGETS[::2], BLACK_PLASTIC))
    cased_box(a, (width, depth, height), 0.01, "body", color)
    front = -depth / 2
    for k in range(a.pick((4, 5, 6))):
        spot = (-width * 0.35 + k * 0.02, front + 0.001, height * 0.5)
        a.add(sphere(0.0035, 8, spot), "light", LIGHT_GREEN, Tier.FIXED)
    antennas = a.count("antenna", a.pick((2, 3, 4)), 0, 6)
    tall = a.vary(0.16, 0.12)
    lean = a.between(0, 12)
    for k in range(antennas):
        x = -width * 0.4 + width * 0.8 * k / max(1, antennas - 1) if antennas > 1 else 0.0
        y = depth * 0.4
        a.add(
            cylinder(0.01, 0.015, 10, (x, y, height - 0.004)), "antenna", BLACK_PLASTIC, Tier.FIXED
        )
        tip_x = x + (k - (antennas - 1) / 2) * tall * lean / 90
        a.add(
            capsule((x, y, height + 0.01), (tip_x, y + tall * 0.1, height + tall), 0.007, 10),
            "antenna",
            BLACK_PLASTIC,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "router",
    build_router,
    0.2,
    description="a wifi internet router box with antennas and blinking lights",
    synonyms=(
        "wifi router",
        "wi-fi router",
        "wireless router",
        "internet router",
        "modem",
        "network router",
    ),
    kinds=("broadband router", "gaming router", "modem router"),
    parts=("body", "light", "antenna"),
    aliases={
        "antennas": "antenna",
        "aerial": "antenna",
        "lights": "light",
        "led": "light",
        "case": "body",
    },
)
