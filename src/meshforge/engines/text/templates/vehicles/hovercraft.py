"""A hovercraft: a cabin on a flat deck over a black inflated skirt, with fans at the back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import top_plate
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.vehicles import GLASS

PAINTS: tuple[RGB, ...] = ((240, 240, 235), (200, 40, 40), (240, 180, 30), (40, 90, 170))
SKIRT: RGB = (35, 35, 38)
FAN: RGB = (70, 72, 78)


def build_hovercraft(a: Assembly) -> None:
    """A hovercraft: a cabin on a flat deck over a black inflated skirt, with fans at the back."""
    length = a.vary(6.0, 0.08)
    width = length * a.between(0.45, 0.55)
    skirt_h = length * 0.1
    paint = a.pick(PAINTS)
    outline = [
        (-width / 2, -length / 2 + width * 0.3),
        (-width * 0.3, -length / 2),
        (width * 0.3, -length / 2),
        (width / 2, -length / 2 + width * 0.3),
        (width / 2, length / 2),
        (-width / 2, length / 2),
    ]
    a.add(top_plate(outline, skirt_h, 0.0, skirt_h * 0.45), "skirt", SKIRT, Tier.FIXED, RUBBER)
    deck = [(x * 0.94, y * 0.95) for x, y in outline]
    a.add(top_plate(deck, skirt_h * 0.35, skirt_h * 0.9, 0.1), "hull", paint)
    deck_top = skirt_h * 1.25
    cab_len = length * 0.4
    cabin = rounded_box(
        (width * 0.6, cab_len, length * 0.14),
        0.15,
        12,
        (0, -length * 0.1, deck_top + length * 0.065),
    )
    a.add(cabin, "cabin", paint, Tier.SECONDARY)
    a.add(
        box(
            (width * 0.5, 0.08, length * 0.05),
            (0, -length * 0.1 - cab_len / 2, deck_top + length * 0.09),
        ),
        "window",
        GLASS,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            box(
                (0.08, cab_len * 0.7, length * 0.05),
                (sx * width * 0.3, -length * 0.1, deck_top + length * 0.09),
            ),
            "window",
            GLASS,
            Tier.FIXED,
        )
    fans = a.count("fan", 2, 1, 3)
    fan_r = min(width / (2 * fans) * 0.85, length * 0.12)
    fan_y = length * 0.38
    for k in range(fans):
        x = (k - (fans - 1) / 2) * fan_r * 2.2
        center = (x, fan_y, deck_top + fan_r * 1.05)
        ring = hoop(fan_r, fan_r * 0.12, a.segments(fan_r)).rotate((90, 0, 0)).translate(center)
        a.add(ring, "fan", FAN, Tier.FIXED)
        a.add(
            rod((x - fan_r, fan_y, center[2]), (x + fan_r, fan_y, center[2]), fan_r * 0.07, 8),
            "fan",
            FAN,
            Tier.FIXED,
        )
        a.add(
            rod((x, fan_y, center[2] - fan_r), (x, fan_y, center[2] + fan_r), fan_r * 0.07, 8),
            "fan",
            FAN,
            Tier.FIXED,
        )
        a.add(
            box((fan_r * 0.3, fan_r * 0.3, fan_r * 0.2), (x, fan_y, deck_top + fan_r * 0.02)),
            "fan",
            FAN,
            Tier.FIXED,
        )
    a.add(
        box((width * 0.05, length * 0.1, fan_r * 1.6), (0, length * 0.44, deck_top + fan_r * 0.75)),
        "rudder",
        paint,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "hovercraft",
    build_hovercraft,
    1.6,
    description="a boat that floats on a cushion of air over water and land, big fans at the back",
    synonyms=("hover craft", "hovercrafts", "air cushion vehicle", "hoverboat"),
    parts=("skirt", "hull", "cabin", "window", "fan", "rudder"),
    aliases={
        "fans": "fan",
        "propeller": "fan",
        "cushion": "skirt",
        "deck": "hull",
        "windows": "window",
    },
)
