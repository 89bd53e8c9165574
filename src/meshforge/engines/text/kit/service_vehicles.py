"""What emergency and service vehicles share: a van-fronted cab, a box body, roof beacons.

Same frame as ``solids``: Z up, metres, the vehicle's front towards -Y.
"""

from __future__ import annotations

from dataclasses import dataclass

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.vehicles import FRAME_DARK, GLASS, HEADLIGHT, TAILLIGHT, axle

BEACON_RED: RGB = (230, 30, 30)
BEACON_BLUE: RGB = (40, 90, 230)


@dataclass(frozen=True)
class Chassis:
    """Where the built cab and body went."""

    front: float  #: y of the front bumper
    back: float  #: y of the rear
    width: float
    cab_top: float
    body_top: float
    body_front: float  #: y where the box body starts


def cab_and_body(
    a: Assembly,
    length: float,
    width: float,
    cab_len: float,
    cab_h: float,
    body_h: float,
    wheel_r: float,
    paint: RGB | tuple[RGB, ...],
    body_paint: RGB | tuple[RGB, ...],
    rear_axles: int = 1,
) -> Chassis:
    """A cab with a windscreen and side windows ahead of a box body, on two or more axles."""
    front = -length / 2
    floor = wheel_r * 0.9
    a.add(box((width - 0.4, length - 0.3, 0.3), (0, 0, floor)), "chassis", FRAME_DARK, Tier.FIXED)
    cab = rounded_box(
        (width, cab_len, cab_h - floor),
        0.12,
        a.segments(0.12),
        (0, front + cab_len / 2, floor + (cab_h - floor) / 2),
    )
    a.add(cab, "cab", paint)
    glass_z = floor + (cab_h - floor) * 0.7
    glass_h = (cab_h - floor) * 0.38
    a.add(
        box((width - 0.24, 0.1, glass_h), (0, front + 0.02, glass_z)), "window", GLASS, Tier.FIXED
    )
    for sx in (-1, 1):
        a.add(
            box(
                (0.1, cab_len * 0.55, glass_h * 0.9),
                (sx * width / 2, front + cab_len * 0.45, glass_z),
            ),
            "window",
            GLASS,
            Tier.FIXED,
        )
        lamp = rod(
            (sx * (width / 2 - 0.3), front + 0.05, floor + 0.35),
            (sx * (width / 2 - 0.3), front - 0.04, floor + 0.35),
            0.12,
            a.segments(0.12),
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        a.add(
            box((0.25, 0.1, 0.2), (sx * (width / 2 - 0.2), length / 2 - 0.02, floor + 0.5)),
            "taillight",
            TAILLIGHT,
            Tier.FIXED,
        )
    a.add(
        box((width, 0.22, 0.28), (0, front + 0.05, floor + 0.1)), "bumper", FRAME_DARK, Tier.FIXED
    )
    body_front = front + cab_len - 0.05
    body_len = length / 2 - body_front
    body = rounded_box(
        (width, body_len, body_h - floor),
        0.06,
        8,
        (0, body_front + body_len / 2, floor + (body_h - floor) / 2),
    )
    a.add(body, "body", body_paint, Tier.SECONDARY)
    axle(a, front + cab_len * 0.5, wheel_r, width - 0.05, wheel_r * 0.7)
    for k in range(rear_axles):
        axle(a, length / 2 - 0.9 - k * 1.1 * wheel_r * 2.2, wheel_r, width - 0.05, wheel_r * 0.7)
    return Chassis(front, length / 2, width, cab_h, body_h, body_front)


def light_bar(a: Assembly, y: float, z: float, width: float) -> None:
    """A roof bar of red and blue beacons across the vehicle at ``y``, its base at ``z``."""
    # sunk a little into the roof, whose rounded edge would otherwise leave it floating
    a.add(box((width, 0.25, 0.1), (0, y, z + 0.01)), "lights", FRAME_DARK, Tier.FIXED)
    for sx in (-1, 1):
        color = BEACON_RED if sx < 0 else BEACON_BLUE
        a.add(
            rounded_box((width * 0.45, 0.22, 0.14), 0.04, 8, (sx * width * 0.24, y, z + 0.12)),
            "beacon",
            color,
            Tier.FIXED,
        )
