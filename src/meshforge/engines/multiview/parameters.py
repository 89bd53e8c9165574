"""The multi-view engine's own parameters (see engines/parameters.py); light, no numpy."""

from __future__ import annotations

from typing import Any

from meshforge.engines.parameters import Number, Parameter

#: 0 keeps the bare visual hull; above 0 each cross-section is cut by a superellipse of
#: exponent 2 / roundness built from the views' inflation profiles, so 1 rounds a square
#: cross-section into its inscribed ellipse.
#:
#: Four axis views cannot tell a box from the cylinder or sphere inscribed in it (same
#: silhouettes), so this trades one against the other. Measured IoU at resolution 256, four
#: anti-aliased 240 px views (box / cylinder / sphere / chair): 0 -> .997/.786/.785/.980,
#: 0.6 -> .914/.860/.870/.856, 1 -> .804/.977/.996/.712. 0.6 maximises the worst of the four
#: (0.4 -> min .820, 0.7 -> min .822); real multi-view inputs (characters, toys) are mostly
#: rounded, and there the bare hull looks like a stack of boxes.
ROUNDNESS = Number(
    name="roundness",
    description="How round cross-sections get: 0 is the bare visual hull, 1 fully rounded "
    "(multiview engine).",
    default=0.6,
    minimum=0.0,
    maximum=1.0,
)

PARAMETERS: tuple[Parameter[Any], ...] = (ROUNDNESS,)
