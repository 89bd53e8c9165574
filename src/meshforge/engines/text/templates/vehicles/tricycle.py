"""A child's tricycle: a big front wheel with pedals, two small back wheels, a seat and
handlebars.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, capsule, rod, rounded_box
from meshforge.engines.text.kit.vehicles import TYRE

WHITE: RGB = (240, 240, 238)
GRIPS: RGB = (35, 35, 38)


def build_tricycle(a: Assembly) -> None:
    """A child's tricycle: a big front wheel with pedals, two small back wheels, a seat."""
    front_r = a.vary(0.2, 0.08)
    back_r = front_r * a.between(0.55, 0.7)
    length = front_r * 3.2
    track = front_r * 2.2
    frame = a.pick(BRIGHTS)
    front = (0.0, -length / 2, front_r)
    a.add(
        rod((-0.03, front[1], front_r), (0.03, front[1], front_r), front_r, a.segments(front_r)),
        "wheel",
        TYRE,
        Tier.FIXED,
        RUBBER,
    )
    a.add(
        rod(
            (-0.035, front[1], front_r),
            (0.035, front[1], front_r),
            front_r * 0.6,
            a.segments(front_r),
        ),
        "hub",
        WHITE,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            rod((sx * 0.03, front[1], front_r), (sx * 0.08, front[1], front_r), 0.012, 8),
            "pedal",
            GRIPS,
            Tier.FIXED,
        )
        a.add(box((0.05, 0.03, 0.015), (sx * 0.09, front[1], front_r)), "pedal", GRIPS, Tier.FIXED)
    back_y = length / 2
    for sx in (-1, 1):
        x = sx * track / 2
        a.add(
            rod(
                (x - 0.025, back_y, back_r), (x + 0.025, back_y, back_r), back_r, a.segments(back_r)
            ),
            "wheel",
            TYRE,
            Tier.FIXED,
            RUBBER,
        )
        a.add(
            rod(
                (x - 0.03, back_y, back_r),
                (x + 0.03, back_y, back_r),
                back_r * 0.6,
                a.segments(back_r),
            ),
            "hub",
            WHITE,
            Tier.FIXED,
        )
    a.add(rod((-track / 2, back_y, back_r), (track / 2, back_y, back_r), 0.018, 8), "frame", frame)
    head_top = (0.0, -length / 2 + front_r * 0.25, front_r * 2.6)
    for sx in (-1, 1):
        a.add(
            rod((sx * 0.025, front[1], front_r), (sx * 0.025, head_top[1], head_top[2]), 0.015, 8),
            "frame",
            frame,
        )
    a.add(
        capsule((0, head_top[1], head_top[2] - 0.05), (0, back_y, back_r), 0.025, 12),
        "frame",
        frame,
    )
    seat_z = front_r * 1.9
    seat_y = length * 0.15
    # the seat post stands on the main tube where it passes under the seat
    t = (seat_y - head_top[1]) / (back_y - head_top[1])
    tube_z = head_top[2] - 0.05 + t * (back_r - head_top[2] + 0.05)
    a.add(rod((0, seat_y, seat_z - 0.02), (0, seat_y, tube_z - 0.01), 0.018, 8), "frame", frame)
    a.add(
        rounded_box((0.16, 0.18, 0.05), 0.02, 8, (0, seat_y, seat_z)), "seat", GRIPS, Tier.SECONDARY
    )
    bar_z = head_top[2] + 0.05
    a.add(
        rod((0, head_top[1], head_top[2] - 0.02), (0, head_top[1], bar_z), 0.015, 8), "frame", frame
    )
    a.add(
        rod((-0.2, head_top[1] + 0.015, bar_z), (0.2, head_top[1] + 0.015, bar_z), 0.014, 8),
        "handlebar",
        frame,
    )
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * 0.14, head_top[1] + 0.015, bar_z),
                (sx * 0.22, head_top[1] + 0.015, bar_z),
                0.02,
                8,
            ),
            "grip",
            WHITE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tricycle",
    build_tricycle,
    0.55,
    description="a child's three-wheeled bike with pedals on the big front wheel",
    synonyms=("trike", "tricycles", "kids tricycle", "three wheeler bike", "three wheeled bike"),
    kinds=("toddler trike",),
    parts=("frame", "wheel", "hub", "pedal", "seat", "handlebar", "grip"),
    aliases={"wheels": "wheel", "pedals": "pedal", "handlebars": "handlebar", "saddle": "seat"},
)
