"""A bulldozer: a yellow tracked body with an engine hood, a cab with a cage and a big front
blade.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import crawler_track
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.vehicles import GLASS

PAINTS: tuple[RGB, ...] = ((240, 185, 30), (240, 150, 30), (200, 40, 35), (60, 120, 60))
STEEL: RGB = (70, 72, 78)


def build_bulldozer(a: Assembly) -> None:
    """A bulldozer: a tracked body with an engine hood, a cab and a big front blade."""
    length = a.vary(4.5, 0.08)
    width = length * a.between(0.62, 0.7)
    track_h = length * 0.2
    track_w = width * 0.22
    paint = a.pick(PAINTS)
    for sx in (-1, 1):
        crawler_track(a, sx * (width / 2 - track_w / 2), length, track_h, track_w, 5)
    body_w = width - 2 * track_w + 0.1
    a.add(box((body_w, length * 0.9, track_h * 0.8), (0, 0, track_h * 0.6)), "body", paint)
    a.add(
        box(
            (width * 0.7, length * 0.45, track_h * 0.9),
            (0, -length * 0.15, track_h + track_h * 0.4),
        ),
        "body",
        paint,
    )
    a.add(
        cylinder(0.07, track_h * 0.9, 8, (width * 0.2, -length * 0.25, track_h * 1.8)),
        "exhaust",
        STEEL,
        Tier.FIXED,
    )
    cab_h = length * 0.28
    cab_y = length * 0.2
    a.add(
        box((width * 0.62, length * 0.35, cab_h), (0, cab_y, track_h * 1.0 + cab_h / 2)),
        "cab",
        paint,
        Tier.SECONDARY,
    )
    a.add(
        box((width * 0.66, length * 0.38, 0.08), (0, cab_y, track_h + cab_h)),
        "cab",
        paint,
        Tier.SECONDARY,
    )
    a.add(
        box((width * 0.55, length * 0.36, cab_h * 0.5), (0, cab_y, track_h + cab_h * 0.68)),
        "window",
        GLASS,
        Tier.FIXED,
    )
    a.add(
        box((width * 0.64, length * 0.3, cab_h * 0.45), (0, cab_y, track_h + cab_h * 0.68)),
        "window",
        GLASS,
        Tier.FIXED,
    )
    blade_w = width * 1.08
    blade_h = track_h * a.between(1.4, 1.8)
    blade_y = -length / 2 - length * 0.12
    blade = face_prism(
        [(-blade_w / 2, 0.0), (blade_w / 2, 0.0), (blade_w / 2, blade_h), (-blade_w / 2, blade_h)],
        0.12,
        blade_y,
    )
    a.add(blade, "blade", STEEL, Tier.FIXED)
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * (width / 2 - track_w / 2), blade_y, blade_h * 0.4),
                (sx * (width / 2 - track_w / 2), -length * 0.2, track_h * 0.5),
                0.09,
                8,
            ),
            "arm",
            paint,
            Tier.SECONDARY,
        )
        a.add(
            rod(
                (sx * width * 0.25, blade_y, blade_h * 0.75),
                (sx * width * 0.25, -length * 0.3, track_h * 1.4),
                0.06,
                8,
            ),
            "arm",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "bulldozer",
    build_bulldozer,
    3.0,
    description="a heavy tracked construction machine that pushes earth with a big front blade",
    synonyms=("dozer", "bulldozers", "crawler tractor", "caterpillar bulldozer", "earth mover"),
    kinds=("cat bulldozer", "construction bulldozer"),
    parts=("body", "cab", "window", "blade", "arm", "track", "hubcap", "exhaust"),
    aliases={
        "tracks": "track",
        "treads": "track",
        "shovel": "blade",
        "wheels": "hubcap",
        "windows": "window",
    },
)
