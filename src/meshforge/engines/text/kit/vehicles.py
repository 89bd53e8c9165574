"""What the vehicle templates share: paints, tyres, lights, glass and axles."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.kit.solids import rod

#: car, truck and bicycle paints
PAINTS: tuple[RGB, ...] = (
    (200, 30, 35),
    (30, 80, 170),
    (200, 203, 208),
    (240, 240, 240),
    (30, 30, 35),
    (240, 190, 20),
    (40, 120, 70),
)
TYRE: RGB = (28, 28, 30)
HUB: RGB = (190, 192, 198)
GLASS: RGB = (45, 60, 80)
HEADLIGHT: RGB = (255, 250, 215)
TAILLIGHT: RGB = (200, 20, 20)
FRAME_DARK: RGB = (45, 45, 50)
#: rocket and airliner livery, and their dark metal
REDS: tuple[RGB, ...] = ((210, 40, 40), (30, 90, 190), (240, 150, 30), (60, 60, 70))
DARK_METAL: RGB = (70, 70, 78)


def axle(a: Assembly, y: float, radius: float, track: float, width: float) -> None:
    """Two wheels joined by an axle at ``y``, their outer faces ``track`` apart."""
    for sx in (-1, 1):
        x = sx * (track / 2 - width / 2)
        tyre = rod(
            (x - width / 2, y, radius), (x + width / 2, y, radius), radius, a.segments(radius)
        )
        a.add(tyre, "wheel", TYRE, Tier.FIXED, RUBBER)
        cap = rod(
            (x, y, radius),
            (x + sx * (width / 2 + 0.02), y, radius),
            radius * 0.5,
            a.segments(radius),
        )
        a.add(cap, "hubcap", HUB, Tier.FIXED)
    a.add(
        rod((-track / 2 + 0.1, y, radius), (track / 2 - 0.1, y, radius), 0.08, 8),
        "wheel",
        TYRE,
        Tier.FIXED,
    )
