"""What metal percussion shares: bronze finishes, a cymbal's bell-and-bow disc, a tripod stand.

Same frame as ``solids``: Z up, metres, the object's front towards -Y.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, lathe, rod

#: cast bronzes, from bright lathed gold to dark hammered brown
BRONZES: tuple[RGB, ...] = ((220, 180, 80), (205, 160, 70), (180, 130, 60), (150, 105, 55))
CHROME: RGB = (200, 204, 210)


def cymbal_disc(radius: float, segments: int) -> Manifold:
    """A cymbal lying flat, centred on the origin: a raised bell, a bow sloping to a thin edge."""
    bell_r = radius * 0.22
    rise = radius * 0.09  # how high the bow climbs from the edge to the bell
    thick = max(0.0015, radius * 0.012)
    outer = [
        (radius, 0.0),
        (radius * 0.6, rise * 0.45),
        (bell_r * 1.05, rise),
        (bell_r * 0.8, rise + bell_r * 0.35),
        (bell_r * 0.3, rise + bell_r * 0.5),
        (0.0, rise + bell_r * 0.5),
    ]
    inner = [(0.0, rise + bell_r * 0.5 - thick * 2)] + [
        (r, z - thick) for r, z in reversed(outer[1:-1])
    ]
    return lathe([*outer, *inner, (radius * 0.995, -thick * 0.5)], segments)


def tripod_stand(a: Assembly, foot: Vec3, top_z: float, spread: float, part: str = "stand") -> None:
    """A chrome stand from ``foot`` up to ``top_z``: a pole on three splayed legs."""
    x, y, z = foot
    a.add(rod((x, y, z), (x, y, top_z), spread * 0.05, 10), part, CHROME, Tier.FIXED)
    knee = z + spread * 1.2
    for dx, dy in ((spread, 0.0), (-spread * 0.5, spread * 0.87), (-spread * 0.5, -spread * 0.87)):
        a.add(rod((x, y, knee), (x + dx, y + dy, z), spread * 0.035, 8), part, CHROME, Tier.FIXED)
