"""A wheelchair: a padded seat and back on a tube frame, two big push-rim wheels, small casters."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.vehicles import TYRE

FRAMES: tuple[RGB, ...] = ((190, 192, 198), (40, 40, 45), (30, 80, 170), (200, 40, 40))
SEATS: tuple[RGB, ...] = ((35, 35, 38), (40, 60, 110), (90, 40, 40))


def build_wheelchair(a: Assembly) -> None:
    """A wheelchair: a padded seat and back on a tube frame, two big push-rim wheels, casters."""
    wheel_r = a.vary(0.3, 0.06)
    seat_w = a.vary(0.45, 0.06)
    seat_z = a.vary(0.5, 0.06)
    frame = a.pick(FRAMES)
    seat = a.pick(SEATS)
    tube = 0.014
    half = seat_w / 2 + 0.03
    back_y = 0.2
    front_y = -0.25
    for sx in (-1, 1):
        x = sx * half
        a.add(rod((x, front_y, seat_z), (x, back_y, seat_z), tube, 8), "frame", frame)
        a.add(
            rod((x, back_y, seat_z - 0.1), (x, back_y + 0.05, seat_z + 0.45), tube, 8),
            "frame",
            frame,
        )
        a.add(
            rod(
                (x, back_y + 0.05, seat_z + 0.45), (x, back_y + 0.15, seat_z + 0.47), tube * 1.4, 8
            ),
            "handle",
            SEATS[0],
            Tier.FIXED,
        )
        a.add(rod((x, front_y, seat_z), (x, front_y - 0.05, 0.1), tube, 8), "frame", frame)
        a.add(box((0.12, 0.16, 0.015), (x * 0.7, front_y - 0.1, 0.1)), "footrest", frame)
        a.add(rod((x, front_y - 0.05, 0.1), (x * 0.7, front_y - 0.1, 0.1), tube, 8), "frame", frame)
        a.add(rod((x, front_y + 0.03, seat_z), (x, front_y + 0.03, 0.06), tube, 8), "frame", frame)
        a.add(
            rod((x - 0.015, front_y + 0.03, 0.06), (x + 0.015, front_y + 0.03, 0.06), 0.06, 12),
            "caster",
            TYRE,
            Tier.FIXED,
            RUBBER,
        )
        wx = sx * (half + 0.04)
        wheel_y = back_y - 0.08
        a.add(
            hoop(wheel_r, 0.022, a.segments(wheel_r))
            .rotate((0, 90, 0))
            .translate((wx, wheel_y, wheel_r)),
            "wheel",
            TYRE,
            Tier.FIXED,
            RUBBER,
        )
        a.add(
            hoop(wheel_r * 0.88, 0.008, a.segments(wheel_r))
            .rotate((0, 90, 0))
            .translate((wx + sx * 0.03, wheel_y, wheel_r)),
            "push rim",
            frame,
        )
        for k in range(6):
            t = math.pi * k / 6
            dy, dz = wheel_r * math.cos(t), wheel_r * math.sin(t)
            a.add(
                rod((wx, wheel_y - dy, wheel_r - dz), (wx, wheel_y + dy, wheel_r + dz), 0.004, 6),
                "wheel",
                frame,
                Tier.FIXED,
            )
        for k in range(3):
            t = 2 * math.pi * k / 3 + 0.3
            c, s_ = math.cos(t), math.sin(t)
            inner = (wx, wheel_y + wheel_r * 0.95 * c, wheel_r + wheel_r * 0.95 * s_)
            outer = (wx + sx * 0.03, wheel_y + wheel_r * 0.88 * c, wheel_r + wheel_r * 0.88 * s_)
            a.add(rod(inner, outer, 0.005, 6), "push rim", frame)
        a.add(rod((x, wheel_y, wheel_r), (wx, wheel_y, wheel_r), 0.02, 8), "frame", frame)
        a.add(rod((x, wheel_y, wheel_r), (x, wheel_y, seat_z), tube, 8), "frame", frame)
    a.add(
        rounded_box((seat_w + 0.06, 0.45, 0.06), 0.02, 8, (0, -0.02, seat_z + 0.02)),
        "seat",
        seat,
        Tier.SECONDARY,
    )
    a.add(
        rounded_box((seat_w + 0.06, 0.05, 0.4), 0.02, 8, (0, back_y + 0.03, seat_z + 0.25)),
        "seat",
        seat,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "wheelchair",
    build_wheelchair,
    0.95,
    description="a chair on two big wheels with push rims and small front casters",
    synonyms=("wheel chair", "wheelchairs", "manual wheelchair", "electric wheelchair"),
    parts=("frame", "seat", "handle", "footrest", "wheel", "push rim", "caster"),
    aliases={
        "wheels": "wheel",
        "backrest": "seat",
        "cushion": "seat",
        "handles": "handle",
        "casters": "caster",
    },
)
