"""A steam locomotive: boiler, smokestack, dome, cab, driving wheels and a cowcatcher."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, lathe, rod, side_prism, sphere
from meshforge.engines.text.kit.vehicles import GLASS, HEADLIGHT

ENGINE_PAINTS: tuple[RGB, ...] = ((30, 30, 34), (40, 95, 60), (150, 30, 30), (35, 60, 120))


BRASS: RGB = (205, 165, 70)


IRON: RGB = (35, 35, 38)


WHEEL_RED: RGB = (170, 35, 30)


COAL: RGB = (20, 20, 22)


def _wheel_pair(a: Assembly, y: float, radius: float, gauge: float, deck: float) -> None:
    """Two rail wheels on one axle at ``y``, hung from the frame whose underside is ``deck``."""
    for sx in (-1, 1):
        x = sx * gauge / 2
        disc = rod((x - 0.06, y, radius), (x + 0.06, y, radius), radius, a.segments(radius))
        a.add(disc, "wheel", WHEEL_RED, Tier.SECONDARY)
        # an axle box up to the frame: small wheels would otherwise hang free below it
        hanger = box((0.12, 0.3, deck - radius + 0.05), (x - sx * 0.14, y, (deck + radius) / 2))
        a.add(hanger, "frame", IRON, Tier.FIXED)
        boss = rod((x, y, radius), (x + sx * 0.1, y, radius), radius * 0.25, 12)
        a.add(boss, "wheel", IRON, Tier.FIXED)
    a.add(rod((-gauge / 2, y, radius), (gauge / 2, y, radius), 0.07, 8), "wheel", IRON, Tier.FIXED)


def build_train(a: Assembly) -> None:
    """A steam locomotive: boiler, smokestack, dome, cab, driving wheels and a cowcatcher."""
    length, boiler_r = a.vary(7.0, 0.08), a.vary(0.75, 0.08)
    paint, gauge = a.pick(ENGINE_PAINTS), 1.45
    deck = 1.25
    axis = deck + boiler_r * 0.9
    front = -length / 2
    cab_len = a.vary(1.9, 0.1)
    cab_front = length / 2 - cab_len
    a.add(box((gauge + 0.6, length, 0.3), (0, 0, deck - 0.15)), "frame", IRON, Tier.FIXED)
    boiler = rod(
        (0, front + 0.5, axis), (0, cab_front + 0.05, axis), boiler_r, a.segments(boiler_r)
    )
    a.add(boiler, "boiler", paint)
    smokebox = rod(
        (0, front + 0.3, axis), (0, front + 1.3, axis), boiler_r * 1.05, a.segments(boiler_r)
    )
    a.add(smokebox, "smokebox", IRON, Tier.FIXED)
    a.add(
        sphere(boiler_r * 0.18, 12, (0, front + 0.28, axis + boiler_r * 0.45)),
        "headlight",
        HEADLIGHT,
        Tier.FIXED,
    )
    for k in range(3):  # brass bands around the boiler
        y = front + 1.6 + k * (cab_front - front - 1.8) / 2.5
        band = rod((0, y, axis), (0, y + 0.08, axis), boiler_r * 1.03, a.segments(boiler_r))
        a.add(band, "band", BRASS, Tier.FIXED)
    stack_y = front + 0.8
    stack = [
        (0.0, 0.0),
        (boiler_r * 0.3, 0.0),
        (boiler_r * 0.26, boiler_r * 0.9),
        (boiler_r * 0.45, boiler_r * 1.35),
        (boiler_r * 0.45, boiler_r * 1.5),
        (0.0, boiler_r * 1.5),
    ]
    a.add(
        lathe(stack, a.segments(boiler_r * 0.45)).translate((0, stack_y, axis + boiler_r * 0.6)),
        "smokestack",
        IRON,
        Tier.FIXED,
    )
    dome = ellipsoid(
        (boiler_r * 0.35, boiler_r * 0.45, boiler_r * 0.55), a.segments(boiler_r * 0.4)
    )
    a.add(
        dome.translate((0, (stack_y + cab_front) / 2 + 0.3, axis + boiler_r * 0.8)),
        "dome",
        BRASS,
        Tier.FIXED,
    )
    cab_h = axis + boiler_r * 1.6
    cab_w = gauge + 0.9
    a.add(
        box((cab_w, cab_len, cab_h - deck), (0, cab_front + cab_len / 2, (cab_h + deck) / 2)),
        "cab",
        paint,
    )
    a.add(
        box((cab_w + 0.3, cab_len + 0.4, 0.12), (0, cab_front + cab_len / 2, cab_h + 0.04)),
        "roof",
        IRON,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        window = box(
            (0.1, cab_len * 0.45, 0.7), (sx * cab_w / 2, cab_front + cab_len * 0.5, cab_h - 0.6)
        )
        a.add(window, "window", GLASS, Tier.FIXED)
    wheel_r = a.vary(0.62, 0.06)
    driver_ys = [cab_front - 0.1 - i * (wheel_r * 2 + 0.12) for i in range(a.pick((2, 3)))]
    for y in driver_ys:
        _wheel_pair(a, y, wheel_r, gauge, deck - 0.3)
    _wheel_pair(a, front + 0.95, 0.38, gauge, deck - 0.3)
    _wheel_pair(a, length / 2 - 0.5, 0.45, gauge, deck - 0.3)
    for sx in (-1, 1):  # the coupling rod linking the driving wheels
        x = sx * (gauge / 2 + 0.075)  # just outside the wheels, cutting into their faces
        rod_ = box(
            (0.05, driver_ys[0] - driver_ys[-1] + 0.3, 0.1),
            (x, (driver_ys[0] + driver_ys[-1]) / 2, wheel_r - 0.2),
        )
        a.add(rod_, "wheel", (200, 200, 205), Tier.FIXED)
    plough = [(front + 0.45, deck - 0.05), (front + 0.45, 0.15), (front - 0.45, 0.15)]
    a.add(side_prism(plough, gauge + 0.3), "cowcatcher", WHEEL_RED, Tier.SECONDARY)
    a.add(
        box((gauge + 0.6, 0.15, 0.35), (0, front + 0.5, deck - 0.1)),
        "buffer",
        WHEEL_RED,
        Tier.SECONDARY,
    )
    if a.maybe("tender", 0.5, "coal"):
        tender_len = length * 0.45
        y0 = length / 2 + 0.1
        a.add(box((cab_w, tender_len, 1.6), (0, y0 + tender_len / 2, deck + 0.8)), "tender", paint)
        a.add(box((0.4, 0.3, 0.2), (0, y0 - 0.05, deck + 0.1)), "tender", IRON, Tier.FIXED)
        under = box((gauge + 0.6, tender_len, 0.35), (0, y0 + tender_len / 2, deck - 0.15))
        a.add(under, "frame", IRON, Tier.FIXED)
        heap = ellipsoid(
            (cab_w * 0.45, tender_len * 0.45, 0.35),
            a.segments(cab_w),
            (0, y0 + tender_len / 2, deck + 1.6),
        )
        a.add(heap, "coal", COAL, Tier.FIXED)
        for y in (y0 + tender_len * 0.25, y0 + tender_len * 0.75):
            _wheel_pair(a, y, 0.45, gauge, deck - 0.3)


TEMPLATE = Template(
    "train",
    build_train,
    3.0,
    description="a railway engine that pulls carriages along tracks",
    synonyms=(
        "locomotive",
        "steam engine",
        "steam locomotive",
        "train engine",
        "steam train",
        "railway engine",
    ),
    kinds=(
        "shinkansen",
        "choo choo",
        "railcar",
        "freight train",
        "subway train",
        "diesel locomotive",
        "electric train",
        "passenger train",
        "metro train",
        "high speed train",
        "goods train",
        "underground train",
    ),
    parts=(
        "boiler",
        "smokebox",
        "smokestack",
        "dome",
        "cab",
        "roof",
        "window",
        "wheel",
        "band",
        "cowcatcher",
        "buffer",
        "frame",
        "headlight",
        "tender",
        "coal",
    ),
    aliases={
        "chimney": "smokestack",
        "funnel": "smokestack",
        "stack": "smokestack",
        "body": "boiler",
        "engine": "boiler",
    },
)
