"""A waistcoat laid flat and stood up: sleeveless, a deep V neck, a row of buttons, pointed hem."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import CLOTHES, GOLD, front_plate
from meshforge.engines.text.kit.sweeps import front_disc

VESTS = ((40, 40, 45), (90, 92, 98), (120, 40, 50), (40, 60, 100), (150, 120, 80), *CLOTHES[:2])


def build_waistcoat(a: Assembly) -> None:
    """Sleeveless front: armholes cut high, a V neck to mid-chest, buttons down to a pointed hem."""
    w, h = a.vary(0.46, 0.08), a.vary(0.58, 0.08)
    half = w / 2
    right = [
        (0.0, h * 0.1),
        (half * 0.9, 0.0),
        (half, h * 0.55),
        (half * 0.7, h * 0.72),
        (half * 0.6, h),
        (half * 0.3, h),
        (0.0, h * 0.45),
    ]
    outline = right + [(-x, z) for x, z in reversed(right[1:-1])]
    color = a.pick(VESTS)
    a.add(front_plate(outline, 0.025, round_r=0.01), "vest", color)
    button = a.pick((GOLD, (30, 30, 33), (235, 235, 230)))
    for k in range(a.count("button", 4, 2, 6)):
        z = h * 0.42 - k * h * 0.08
        a.add(front_disc(0.009, 0.01, 12, 0, z, -0.012), "button", button, Tier.FIXED)


TEMPLATE = Template(
    "waistcoat",
    build_waistcoat,
    0.6,
    description="a waistcoat, a sleeveless buttoned vest worn over a shirt",
    synonyms=("vest", "waistcoats", "vests", "suit vest", "gilet"),
    kinds=("sweater vest", "tailored vest"),
    not_claimed=("life vest", "bulletproof vest", "hi vis vest", "safety vest", "puffer vest"),
    parts=("vest", "button"),
    aliases={"body": "vest", "buttons": "button", "waistcoat": "vest"},
)
