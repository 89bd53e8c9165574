"""What working figures wear (builders, miners): a hard hat with a peak.

Same frame as ``solids``: Z up, metres, facing -Y; pieces are placed from the ``Figure``.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.figure_kit import Figure
from meshforge.engines.text.kit.solids import Vec3, cylinder, dome
from meshforge.engines.text.kit.sweeps import hoop

#: hard hat yellows, whites and oranges
HARD_HATS: tuple[RGB, ...] = ((245, 200, 30), (245, 245, 240), (240, 130, 30))


def hard_hat(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], part: str = "hat") -> Vec3:
    """A domed hard hat with a ridge and a rim, a short peak out front; returns its front top."""
    (hx, hy, hz), r = f.head, f.head_r
    base = hz + r * 0.2
    a.add(
        dome((r * 1.15, r * 1.2, r * 1.0), a.segments(r), (hx, hy, base)), part, color, Tier.FIXED
    )
    a.add(
        hoop(r * 1.15, r * 0.07, a.segments(r), (hx, hy, base)).scale((1.0, 1.04, 1.0)),
        part,
        color,
        Tier.FIXED,
    )
    peak = cylinder(r * 0.6, r * 0.06, 16, (hx, hy - r * 1.0, base - r * 0.02)).scale(
        (1.4, 1.0, 1.0)
    )
    a.add(peak, part, color, Tier.FIXED)
    return (hx, hy - r * 1.05, base + r * 0.5)
