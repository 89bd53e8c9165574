"""A candlestick: a turned stem on a wide foot, a drip pan and cup on top, a tall taper in it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, SILVER
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, lathe
from meshforge.engines.text.kit.tableware import smooth_outline

WAXES: tuple[RGB, ...] = ((245, 240, 225), (200, 40, 45), (245, 240, 225), (240, 220, 150))
FLAME: RGB = (255, 190, 60)

STEMS: tuple[list[float], ...] = (
    [1.0, 0.35, 0.2, 0.28, 0.18, 0.3, 0.22],  # baluster
    [1.0, 0.4, 0.15, 0.15, 0.15, 0.2, 0.25],  # plain column
    [1.0, 0.5, 0.22, 0.4, 0.2, 0.2, 0.3],  # knopped
)


def build_candle_holder(a: Assembly) -> None:
    """A candlestick: a turned stem on a wide foot, a drip pan and cup, a tall taper in it."""
    foot_r, height = a.vary(0.055, 0.1), a.vary(0.2, 0.2)
    metal = a.color("holder", (BRASS, BRASS, SILVER, (40, 40, 44)))
    stem = [foot_r * s for s in a.pick(STEMS)]
    outline = [(0.0, 0.0), *smooth_outline(stem, height, 24), (0.0, height)]
    a.add(lathe(outline, a.segments(foot_r)), "holder", metal)
    pan_r = foot_r * 0.7
    a.add(cylinder(pan_r, 0.006, a.segments(pan_r), (0, 0, height - 0.004)), "holder", metal)
    cup_r = 0.014
    a.add(cylinder(cup_r, 0.025, 20, (0, 0, height)), "holder", metal)
    if a.maybe("candle", 0.85, "taper", "lit"):
        wax_h = a.vary(0.2, 0.2)
        a.add(cylinder(0.011, wax_h, 20, (0, 0, height + 0.01)), "candle", WAXES, Tier.SECONDARY)
        tip = height + 0.01 + wax_h
        a.add(cylinder(0.0012, 0.01, 8, (0, 0, tip - 0.001)), "wick", (30, 28, 26), Tier.FIXED)
        if a.maybe("flame", 0.6, "lit", "burning"):
            flame = ellipsoid((0.006, 0.006, 0.014), 12, (0, 0, tip + 0.016))
            a.add(flame, "flame", FLAME, Tier.FIXED)


TEMPLATE = Template(
    "candle holder",
    build_candle_holder,
    0.4,
    description="a candlestick: a turned brass holder on a wide foot with a tall candle in it",
    synonyms=("candlestick", "candle stick", "candle stand", "candleholder", "taper holder"),
    parts=("holder", "candle", "wick", "flame"),
    aliases={
        "stick": "holder",
        "base": "holder",
        "stem": "holder",
        "taper": "candle",
        "wax": "candle",
    },
    priority=1,
)
