"""A wooden toy train: a chunky engine with a round boiler, a cab and a funnel, pulling wagons."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, sphere

WOOD: RGB = (215, 175, 120)
WHEEL: tuple[RGB, ...] = ((200, 40, 40), (30, 30, 35), (240, 190, 40))


def build_toy_train(a: Assembly) -> None:
    """A wooden toy train: a chunky engine with a round boiler, a cab and a funnel, and wagons."""
    s = a.vary(0.1, 0.08)
    wooden = a.mentions("wooden", "wood") or a.chance(0.5)
    engine_color = a.pick(BRIGHTS)
    wheel_r = s * 0.22
    base_z = wheel_r * 0.9
    width = s * 0.6
    wheel_color = a.pick(WHEEL)
    cars = a.count("wagon", a.pick((1, 2)), 0, 4)
    # the engine at the front (-Y): chassis, boiler, cab, funnel
    length = s * 1.3
    a.add(
        rounded_box((width, length, s * 0.18), s * 0.03, 8, (0, 0, base_z + s * 0.09)),
        "chassis",
        WOOD if wooden else (40, 40, 45),
        Tier.FIXED,
    )
    boiler_r = s * 0.24
    a.add(
        rod(
            (0, -length / 2 + s * 0.02, base_z + s * 0.18 + boiler_r * 0.9),
            (0, length * 0.15, base_z + s * 0.18 + boiler_r * 0.9),
            boiler_r,
            a.segments(boiler_r),
        ),
        "engine",
        engine_color,
    )
    a.add(
        rounded_box(
            (width, length * 0.35, s * 0.62),
            s * 0.04,
            8,
            (0, length * 0.3, base_z + s * 0.18 + s * 0.31),
        ),
        "cab",
        engine_color,
    )
    a.add(
        box(
            (width * 1.1, length * 0.45, s * 0.06), (0, length * 0.3, base_z + s * 0.18 + s * 0.64)
        ),
        "roof",
        WOOD if wooden else (40, 40, 45),
        Tier.SECONDARY,
    )
    funnel_z = base_z + s * 0.18 + boiler_r * 1.7
    a.add(
        cylinder(s * 0.08, s * 0.22, 16, (0, -length * 0.3, funnel_z), s * 0.12),
        "funnel",
        (40, 40, 45),
        Tier.FIXED,
    )
    a.add(
        sphere(s * 0.08, 12, (0, -length / 2 + s * 0.02, base_z + s * 0.18 + boiler_r * 0.9)),
        "engine",
        engine_color,
    )
    y_wheels = [-length * 0.3, length * 0.25]
    trailer_len = s * 1.0
    for k in range(cars):
        gap = s * 0.15
        y = length / 2 + gap + trailer_len / 2 + k * (trailer_len + gap)
        color = a.pick(BRIGHTS)
        a.add(
            rounded_box((width, trailer_len, s * 0.18), s * 0.03, 8, (0, y, base_z + s * 0.09)),
            "chassis",
            WOOD if wooden else (40, 40, 45),
            Tier.FIXED,
        )
        a.add(
            box((width * 0.9, trailer_len * 0.85, s * 0.3), (0, y, base_z + s * 0.3)),
            "wagon",
            color,
            Tier.SECONDARY,
        )
        a.add(
            rod(
                (0, y - trailer_len / 2 - gap - 0.002, base_z + s * 0.09),
                (0, y - trailer_len / 2 + 0.002, base_z + s * 0.09),
                s * 0.03,
                8,
            ),
            "chassis",
            WOOD if wooden else (40, 40, 45),
            Tier.FIXED,
        )
        y_wheels += [y - trailer_len * 0.3, y + trailer_len * 0.3]
    for y in y_wheels:
        for side in (-1, 1):
            inner, outer = side * (width / 2 - s * 0.01), side * (width / 2 + s * 0.09)
            tyre = rod((inner, y, wheel_r), (outer, y, wheel_r), wheel_r, a.segments(wheel_r))
            a.add(tyre, "wheel", wheel_color, Tier.FIXED)
        axle = rod((-width / 2, y, wheel_r), (width / 2, y, wheel_r), wheel_r * 0.3, 8)
        a.add(axle, "wheel", wheel_color, Tier.FIXED)


TEMPLATE = Template(
    "toy train",
    build_toy_train,
    0.12,
    description="a chunky wooden toy train engine for children, pulling little wagons",
    synonyms=(
        "wooden train",
        "wooden toy train",
        "train set",
        "toy locomotive",
        "toy engine",
        "train toy",
        "model train",
    ),
    kinds=("brio train", "kids train", "toy steam train"),
    parts=("engine", "cab", "roof", "funnel", "chassis", "wheel", "wagon"),
    aliases={
        "boiler": "engine",
        "chimney": "funnel",
        "wheels": "wheel",
        "carriage": "wagon",
        "wagons": "wagon",
        "car": "wagon",
        "smokestack": "funnel",
    },
)
