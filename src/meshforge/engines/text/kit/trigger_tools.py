"""What trigger-squeezed hand tools share: a raked pistol grip with a trigger in front of it.

Same frame as ``solids``: Z up, metres; these tools are built side on, nozzle towards -X,
the grip hanging below the body at the back.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, capsule, rounded_box


def pistol_grip(
    a: Assembly,
    top: Vec3,
    length: float,
    radius: float,
    rake_deg: float,
    colors: tuple[RGB, RGB],
    grip_tier: Tier = Tier.SECONDARY,
) -> Vec3:
    """A grip hanging from ``top``, raked back by ``rake_deg``, a trigger ahead; returns its foot.

    ``colors`` are the grip's and the trigger's.
    """
    rake = math.radians(rake_deg)
    foot = (top[0] + length * math.sin(rake), top[1], top[2] - length * math.cos(rake))
    # flattened across Y about the grip's own centre line (Y = 0), as a real grip is
    handle = capsule(top, foot, radius, a.segments(radius)).scale((1.0, 0.75, 1.0))
    a.add(handle, "handle", colors[0], grip_tier)
    reach = length * 0.42
    finger = rounded_box(
        (radius * 0.8, radius * 0.9, reach),
        radius * 0.3,
        12,
        (top[0] - radius * 1.3, top[1], top[2] - reach / 2 + radius * 0.2),
    )
    a.add(finger, "trigger", colors[1], Tier.FIXED)
    return foot
