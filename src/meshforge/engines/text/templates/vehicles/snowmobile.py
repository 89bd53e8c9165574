"""A snowmobile: a sleek hooded body with a windscreen and handlebars on two front skis, a long
saddle seat over a rubber crawler track."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.machine_kit import crawler_track
from meshforge.engines.text.kit.solids import box, rod, rounded_box, side_prism
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vehicles import FRAME_DARK, GLASS, HEADLIGHT

PAINTS: tuple[RGB, ...] = (
    (200, 30, 35),
    (240, 190, 20),
    (40, 90, 180),
    (40, 150, 70),
    (30, 30, 35),
)
SKI: RGB = (40, 40, 44)


def build_snowmobile(a: Assembly) -> None:
    """A hooded body, windscreen and handlebars on two front skis, a saddle over a track."""
    length, width = a.vary(2.8, 0.05), a.vary(1.05, 0.05)
    paint = a.color("body", PAINTS)
    front = -length / 2
    # the hood: a wedge in side view, low at the nose and rising to the windscreen
    hood = side_prism(
        [
            (front + 0.1, 0.35),
            (front + 0.2, 0.55),
            (front + 1.2, 0.85),
            (front + 1.3, 0.4),
            (front + 0.4, 0.25),
        ],
        width * 0.8,
    )
    a.add(hood, "body", paint)
    a.add(
        rounded_box((width * 0.78, length * 0.62, 0.25), 0.08, 12, (0, 0.25, 0.48)), "body", paint
    )
    a.add(box((width * 0.3, 0.06, 0.1), (0, front + 0.2, 0.5)), "light", HEADLIGHT, Tier.FIXED)
    screen = side_prism(
        [(front + 1.15, 0.8), (front + 1.45, 1.15), (front + 1.5, 1.13), (front + 1.3, 0.8)],
        width * 0.6,
    )
    a.add(screen, "windshield", GLASS, Tier.FIXED)
    seat = a.color("seat", (BLACK, (60, 60, 65)), Tier.SECONDARY)
    a.add(rounded_box((width * 0.5, length * 0.45, 0.2), 0.08, 12, (0, 0.45, 0.68)), "seat", seat)
    bar_y, bar_z = front + 1.55, 1.0
    a.add(
        rod((0, front + 1.35, 0.7), (0, bar_y, bar_z), 0.03, 8), "handlebar", FRAME_DARK, Tier.FIXED
    )
    a.add(
        tube(
            [
                (-0.4, bar_y + 0.05, bar_z + 0.03),
                (0, bar_y, bar_z),
                (0.4, bar_y + 0.05, bar_z + 0.03),
            ],
            0.02,
            8,
        ),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    # the skis: long flat runners turned up at the tips, on struts under the hood
    for sx in (-1, 1):
        x = sx * width * 0.42
        runner = side_prism(
            [
                (front - 0.05, 0.14),
                (front + 0.05, 0.05),
                (front + 1.05, 0.0),
                (front + 1.05, 0.04),
                (front + 0.08, 0.09),
                (front + 0.01, 0.18),
            ],
            0.13,
            x,
        )
        a.add(runner, "ski", SKI, Tier.FIXED)
        a.add(
            rod((x, front + 0.55, 0.03), (x * 0.7, front + 0.7, 0.4), 0.035, 8),
            "ski",
            FRAME_DARK,
            Tier.FIXED,
        )
    crawler_track(a, 0.0, length * 0.55, 0.36, width * 0.45, 4, 0.0)
    for sx in (-1, 1):
        a.add(box((0.06, length * 0.5, 0.12), (sx * width * 0.4, 0.45, 0.36)), "body", paint)


TEMPLATE = Template(
    "snowmobile",
    build_snowmobile,
    1.2,
    description="a snowmobile, a motor sled with front skis, handlebars and a rubber rear track",
    synonyms=(
        "snowmobiles",
        "snow mobile",
        "skidoo",
        "ski-doo",
        "snow scooter",
        "motor sled",
        "snowcat",
    ),
    parts=("body", "light", "windshield", "seat", "handlebar", "ski", "track", "hubcap"),
    aliases={
        "skis": "ski",
        "runners": "ski",
        "windscreen": "windshield",
        "handlebars": "handlebar",
        "hood": "body",
    },
)
