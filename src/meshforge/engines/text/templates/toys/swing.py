"""A playground swing set: an A-frame of steel tubes with a top bar, seats hung on chains."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, rounded_box
from meshforge.engines.text.kit.tools import PLASTICS, RUBBER

FRAMES: tuple[RGB, ...] = ((40, 110, 190), (50, 150, 70), (200, 50, 45), (60, 62, 68))
CHAIN: RGB = (150, 155, 162)


def build_swing(a: Assembly) -> None:
    """A playground swing set: an A-frame of steel tubes with a top bar, seats hung on chains."""
    seats = a.count("seat", a.pick((1, 2, 2)), 1, 4)
    bar_h = a.vary(2.1, 0.08)
    bay = 0.75
    span = seats * bay + 0.3
    splay = bar_h * 0.42
    frame = a.pick(FRAMES)
    half = span / 2
    a.add(rod((-half - 0.1, 0, bar_h), (half + 0.1, 0, bar_h), 0.04, 12), "frame", frame)
    for x in (-half, half):  # an A of two legs at each end
        for y in (-splay, splay):
            a.add(rod((x, y, 0.0), (x, 0.0, bar_h + 0.02), 0.035, 12), "frame", frame)
        a.add(
            rod((x, -splay * 0.6, bar_h * 0.4), (x, splay * 0.6, bar_h * 0.4), 0.025, 10),
            "frame",
            frame,
        )
    seat_z = a.vary(0.5, 0.1)
    for i in range(seats):
        x = (i - (seats - 1) / 2) * bay
        color = a.pick((*PLASTICS, RUBBER))
        a.add(
            rounded_box((0.45, 0.17, 0.03), 0.012, 8, (x, 0, seat_z)), "seat", color, Tier.SECONDARY
        )
        for side in (-1, 1):
            a.add(
                rod((x + side * 0.2, 0, seat_z), (x + side * 0.2, 0, bar_h - 0.03), 0.009, 8),
                "chain",
                CHAIN,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "swing",
    build_swing,
    2.2,
    description="a playground swing set: a seat hung on two chains from a tall frame",
    synonyms=("swing set", "swings", "playground swing", "garden swing", "swingset", "swing seat"),
    not_claimed=("swing arm lamp", "porch swing"),
    parts=("frame", "seat", "chain"),
    aliases={
        "chains": "chain",
        "rope": "chain",
        "ropes": "chain",
        "seats": "seat",
        "legs": "frame",
    },
)
