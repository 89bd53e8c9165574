"""Running gear the land-vehicle templates share: single wheels, crawler tracks, beacons.

Same frame as ``solids``: Z up, metres, the vehicle's front towards -Y.
"""

from __future__ import annotations

from manifold3d import CrossSection

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.kit.solids import Vec3, rod, side_prism
from meshforge.engines.text.kit.vehicles import HUB, TYRE


def wheel(
    a: Assembly, center: Vec3, radius: float, width: float, hub: RGB = HUB, hub_share: float = 0.55
) -> None:
    """One tyre turning about X at ``center``, with a hub showing on both faces."""
    x, y, z = center
    tyre = rod((x - width / 2, y, z), (x + width / 2, y, z), radius, a.segments(radius))
    a.add(tyre, "wheel", TYRE, Tier.FIXED, RUBBER)
    cap = rod(
        (x - width / 2 - 0.01, y, z),
        (x + width / 2 + 0.01, y, z),
        radius * hub_share,
        a.segments(radius),
    )
    a.add(cap, "hubcap", hub, Tier.FIXED)


def crawler_track(
    a: Assembly,
    x: float,
    length: float,
    height: float,
    width: float,
    wheels: int,
    base_z: float = 0.0,
) -> None:
    """A crawler track: a stadium belt seen from the side, with road wheels on its outer face."""
    r = height / 2
    ends = [
        CrossSection.circle(r, a.segments(r)).translate((-length / 2 + r, base_z + r)),
        CrossSection.circle(r, a.segments(r)).translate((length / 2 - r, base_z + r)),
    ]
    belt = side_prism(CrossSection.batch_hull(ends), width, x)
    a.add(belt, "track", TYRE, Tier.FIXED)
    side = 1.0 if x >= 0 else -1.0
    step = (length - 2 * r) / max(1, wheels - 1)
    for k in range(wheels):
        y = -length / 2 + r + k * step
        hub = rod(
            (x + side * (width / 2 - 0.01), y, base_z + r),
            (x + side * (width / 2 + 0.03 * height), y, base_z + r),
            r * 0.72,
            a.segments(r),
        )
        a.add(hub, "hubcap", HUB, Tier.FIXED)
