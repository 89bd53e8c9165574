"""An old skeleton key standing on its bit: a round or trefoil bow, a shaft and teeth."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import hoop

KEY_METALS: tuple[RGB, ...] = ((200, 165, 70), (185, 185, 190), (150, 110, 60), (90, 90, 95))


def build_key(a: Assembly) -> None:
    """An old skeleton key standing on its bit: a round or trefoil bow, a shaft and teeth."""
    length, metal = a.vary(0.1, 0.1), a.pick(KEY_METALS)
    bow_r, wire = length * 0.16, length * 0.045
    shaft_top = length * 0.66
    a.add(rod((0, 0, 0), (0, 0, shaft_top + wire), wire * 0.8, a.segments(wire)), "shaft", metal)
    centre = (0.0, 0.0, shaft_top + bow_r + wire * 0.5)
    if a.chance(0.5):
        a.add(
            hoop(bow_r, wire, a.segments(bow_r)).rotate((90, 0, 0)).translate(centre), "bow", metal
        )
    else:  # a trefoil of three small rings
        rings = []
        for k in range(3):
            angle = math.radians(-90 + 120 * k)
            at = (
                centre[0] + bow_r * 0.6 * math.cos(angle),
                0.0,
                centre[2] + bow_r * 0.6 * math.sin(angle) + bow_r * 0.2,
            )
            rings.append(
                hoop(bow_r * 0.55, wire * 0.8, a.segments(bow_r)).rotate((90, 0, 0)).translate(at)
            )
        a.add(union(rings), "bow", metal)
    a.add(hoop(wire * 1.1, wire * 0.45, 12, (0, 0, shaft_top - wire)), "shaft", metal)
    teeth = [
        box((length * 0.2, wire * 1.2, length * 0.045), (length * 0.1, 0, length * 0.03)),
        box((length * 0.05, wire * 1.2, length * 0.17), (length * 0.18, 0, length * 0.085)),
        box((length * 0.12, wire * 1.2, length * 0.04), (length * 0.07, 0, length * 0.13)),
    ]
    a.add(union(teeth[: a.pick((2, 3))]), "bit", metal)


TEMPLATE = Template(
    "key",
    build_key,
    0.1,
    description="a small metal object that opens a lock",
    synonyms=("old key", "door key", "house key"),
    kinds=("latchkey",),
    parts=("bow", "shaft", "bit"),
    aliases={"handle": "bow", "ring": "bow", "teeth": "bit", "tooth": "bit"},
)
