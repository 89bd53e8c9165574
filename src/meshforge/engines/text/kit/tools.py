"""Colours the hand tools share: handle woods and plastics, steel, rubber grips."""

from __future__ import annotations

from meshforge.engines.text.core.lexicon import RGB

HANDLE_WOODS: tuple[RGB, ...] = ((190, 145, 90), (160, 110, 65), (210, 170, 115))
PLASTICS: tuple[RGB, ...] = ((210, 40, 40), (245, 190, 30), (40, 90, 190), (50, 150, 70))
PAINTED: tuple[RGB, ...] = ((190, 40, 35), (60, 62, 68), (230, 120, 30), (45, 110, 60))
STEEL: RGB = (190, 195, 202)
RUBBER: RGB = (35, 35, 38)
