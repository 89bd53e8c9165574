"""What animals of every body plan share: dark eyes, and setting them into a head."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, on_sphere, sink_depth, sphere

EYE: RGB = (20, 20, 22)


def set_eyes(a: Assembly, head: Vec3, radius: float, yaw: float, pitch: float, size: float) -> None:
    """A pair of dark eyes set into a round head."""
    depth = sink_depth(radius, a.segments(radius), radius * size)
    for side in (-1, 1):
        spot = on_sphere(head, radius, side * yaw, pitch, depth)
        a.add(sphere(radius * size, a.segments(radius * size), spot), "eye", EYE, Tier.FIXED)
