"""Pieces the potted houseplant templates share: a pot filled with soil, and a flat leaf laid
out at the end of its stalk.

Same frame as ``solids``: Z up, metres. A leaf is built lying flat along +X from its base.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, cylinder, vessel

POTS: tuple[RGB, ...] = ((195, 105, 70), (240, 238, 230), (60, 60, 65), (210, 200, 180))
SOIL: RGB = (80, 55, 35)


def potted(a: Assembly, radius: float, height: float, colors: tuple[RGB, ...] = POTS) -> float:
    """A tapered pot of ``radius`` at its rim, filled with soil; returns the soil's height."""
    outline = [
        (radius * 0.75, 0.0),
        (radius, height - 0.012),
        (radius + 0.006, height - 0.012),  # a lip no wider than the wall, so it stays joined
        (radius + 0.006, height),
    ]
    a.add(vessel(outline, 0.008, 0.012, a.segments(radius)), "pot", a.pick(colors), Tier.SECONDARY)
    soil_z = height - 0.02
    # soil fills the pot from its floor, so that no sealed void is left under it
    soil = cylinder(
        radius * 0.75 - 0.003,
        soil_z - 0.01,
        a.segments(radius),
        (0, 0, 0.01),
        radius * 0.96 - 0.008,
    )
    a.add(soil, "soil", SOIL, Tier.FIXED)
    return soil_z


def laid(leaf: Manifold, pitch: float, yaw: float, at: Vec3) -> Manifold:
    """A flat leaf built along +X, its tip tipped ``pitch``° down, turned ``yaw``° about Z, its
    base moved to ``at``."""
    return leaf.rotate((0, pitch, 0)).rotate((0, 0, yaw)).translate(at)
