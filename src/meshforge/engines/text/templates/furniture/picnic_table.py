"""A picnic table: a plank top and two plank benches on A-frame legs, all one piece."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box


def build_picnic_table(a: Assembly) -> None:
    """A plank top and two plank benches, joined by crossed A-frame legs at each end."""
    wood = a.pick((*WOODS, *PAINTS[2:]))
    length = a.vary(1.8, 0.12)
    height, top_w = a.vary(0.75, 0.05), a.vary(0.75, 0.1)
    seat_z, seat_y = 0.45, top_w / 2 + a.vary(0.25, 0.1)
    planks = a.count("plank", 4, 3, 6)
    gap = 0.01
    width = (top_w - gap * (planks - 1)) / planks
    for k in range(planks):
        y = -top_w / 2 + width / 2 + k * (width + gap)
        a.add(box((length, width, 0.04), (0, y, height - 0.02)), "top", wood)
    bench = a.color("bench", wood, Tier.SECONDARY)
    for side in (-1, 1):
        a.add(
            box((length, 0.24, 0.04), (0, side * seat_y, seat_z - 0.02)),
            "bench",
            bench,
            Tier.SECONDARY,
        )
    legs = a.pick((wood, wood, (60, 62, 68)))  # now and then a steel frame
    run = height - 0.04
    slope = math.radians(a.between(22, 30))
    for x in (-length / 2 + 0.25, length / 2 - 0.25):
        # the cleat under the top, the long bearer under both seats, then the crossed legs
        a.add(box((0.05, top_w - 0.04, 0.05), (x, 0, height - 0.065)), "leg", legs)
        a.add(box((0.05, 2 * seat_y + 0.2, 0.06), (x, 0, seat_z - 0.07)), "leg", legs)
        for side in (-1, 1):
            leg = box((0.05, 0.08, run / math.cos(slope)), (0, 0, 0))
            leg = leg.rotate((side * math.degrees(slope), 0, 0))
            y = side * (top_w * 0.15 + run * math.tan(slope) / 2)
            a.add(leg.translate((x, y, run / 2)), "leg", legs)


TEMPLATE = Template(
    "picnic table",
    build_picnic_table,
    0.75,
    description="a wooden outdoor picnic table with two attached bench seats and A-frame legs",
    synonyms=("picnic tables", "park table", "pub table"),
    kinds=("beer table", "outdoor table", "camping table"),
    parts=("top", "bench", "leg", "plank"),
    aliases={"seat": "bench", "seats": "bench", "benches": "bench", "legs": "leg", "planks": "top"},
)
