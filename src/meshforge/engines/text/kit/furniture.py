"""Finishes the furniture templates share: woods, paints, upholstery and bedding."""

from __future__ import annotations

from meshforge.engines.text.core.lexicon import RGB

WOODS: tuple[RGB, ...] = ((150, 100, 60), (110, 70, 40), (190, 150, 100), (205, 170, 120))
PAINTS: tuple[RGB, ...] = ((235, 233, 225), (45, 45, 50), (70, 110, 160), (160, 60, 50))
FABRICS: tuple[RGB, ...] = ((170, 50, 50), (60, 90, 150), (80, 130, 80), (200, 180, 140))
BLANKETS: tuple[RGB, ...] = (
    (70, 110, 160),
    (180, 70, 70),
    (90, 140, 110),
    (230, 200, 140),
    (120, 90, 150),
)
