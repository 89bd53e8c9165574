"""The dial that the cuckoo clock and the grandfather clock share: face, hour marks and hands.

Same frame as ``solids``: Z up, metres, the dial facing -Y.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.palettes import DARK_TRIM
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

#: white enamel, cream and aged-paper dials
DIALS: tuple[RGB, ...] = ((250, 248, 240), (245, 235, 205), (235, 220, 180))


def clock_dial(
    a: Assembly, radius: float, center: tuple[float, float], front_y: float, rim: RGB
) -> None:
    """A round dial on the face at ``front_y``: face, a rim, twelve hour marks and two hands."""
    x, z = center
    face = front_disc(radius, 0.006, a.segments(radius), x, z, front_y - 0.002)
    a.add(face, "face", a.pick(DIALS), Tier.FIXED)
    ring = hoop(radius, radius * 0.07, a.segments(radius)).rotate((90, 0, 0))
    a.add(ring.translate((x, front_y - 0.004, z)), "rim", rim, Tier.SECONDARY)
    marks = [
        box(
            (radius * 0.05, 0.003, radius * (0.18 if k % 3 == 0 else 0.1)), (0, 0, radius * 0.75)
        ).rotate((0, k * 30, 0))
        for k in range(12)
    ]
    a.add(union(marks).translate((x, front_y - 0.006, z)), "mark", DARK_TRIM, Tier.FIXED)
    hour, minute = a.between(0, 360), a.between(0, 360)
    hands = [
        box((radius * 0.07, 0.003, radius * 0.45), (0, 0, radius * 0.2)).rotate((0, hour, 0)),
        box((radius * 0.045, 0.003, radius * 0.7), (0, 0, radius * 0.33)).rotate((0, minute, 0)),
        rod((0, 0.004, 0), (0, -0.004, 0), radius * 0.07, 10),
    ]
    a.add(union(hands).translate((x, front_y - 0.009, z)), "hand", DARK_TRIM, Tier.FIXED)
