"""Colours shared by templates of different kinds."""

from __future__ import annotations

from meshforge.engines.text.core.lexicon import RGB

#: brass, black iron and nickel: lamp stands and candle holders
LAMP_METALS: tuple[RGB, ...] = ((190, 160, 80), (40, 40, 44), (200, 200, 205))
#: the black of button eyes and noses on toys
COAL: RGB = (25, 25, 28)
#: leaf greens of garden plants
GREENS: tuple[RGB, ...] = ((60, 130, 60), (80, 150, 70), (45, 110, 55), (100, 160, 80))
#: toy-box colours
BRIGHTS: tuple[RGB, ...] = (
    (220, 40, 40),
    (250, 200, 30),
    (40, 100, 200),
    (245, 245, 240),
    (60, 160, 70),
    (245, 130, 30),
)
#: gold and dark metal of clocks, trophies, crowns and treasure chests
GOLD: RGB = (235, 185, 60)
DARK_TRIM: RGB = (30, 30, 32)
