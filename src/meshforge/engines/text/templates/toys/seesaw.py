"""A seesaw: a long plank balanced on a pivot, a seat and a handle at each end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import PAINTED, PLASTICS


def build_seesaw(a: Assembly) -> None:
    """A seesaw: a long plank balanced on a pivot, a seat and a handle at each end."""
    length, pivot_h = a.vary(2.8, 0.08), a.vary(0.55, 0.08)
    tilt = a.between(-9.0, 9.0)  # one end down, as a seesaw rests
    plank = a.pick((*WOODS, *PAINTED))
    base = a.pick(PAINTED)
    seat_color = a.pick(PLASTICS)
    a.add(rod((-0.18, 0, 0.0), (0.0, 0, pivot_h), 0.04, 10), "base", base, Tier.SECONDARY)
    a.add(rod((0.18, 0, 0.0), (0.0, 0, pivot_h), 0.04, 10), "base", base, Tier.SECONDARY)
    a.add(rod((0, -0.12, pivot_h), (0, 0.12, pivot_h), 0.05, 12), "base", base, Tier.SECONDARY)
    a.add(box((0.6, 0.2, 0.04), (0, 0, 0.02)), "base", base, Tier.SECONDARY)
    # everything on the plank is built level, then tipped about the pivot
    parts = []
    parts.append((box((length, 0.22, 0.05), (0, 0, 0.07)), "plank", plank, Tier.PRIMARY))
    for side in (-1, 1):
        x = side * (length / 2 - 0.2)
        parts.append(
            (
                rounded_box((0.32, 0.26, 0.04), 0.015, 8, (x, 0, 0.11)),
                "seat",
                seat_color,
                Tier.SECONDARY,
            )
        )
        grip = [
            (x - side * 0.3, -0.12, 0.09),
            (x - side * 0.3, -0.12, 0.35),
            (x - side * 0.3, 0.12, 0.35),
            (x - side * 0.3, 0.12, 0.09),
        ]
        parts.append((tube(grip, 0.016, 10), "handle", seat_color, Tier.SECONDARY))
        parts.append(
            (
                cylinder(0.06, 0.08, 12, (side * (length / 2 - 0.25), 0, -0.02)),
                "plank",
                plank,
                Tier.PRIMARY,
            )
        )
    for solid, part, color, tier in parts:
        a.add(solid.rotate((0, tilt, 0)).translate((0, 0, pivot_h)), part, color, tier)


TEMPLATE = Template(
    "seesaw",
    build_seesaw,
    0.8,
    description="a playground plank balanced in the middle that two children ride up and down",
    synonyms=("see-saw", "see saw", "teeter totter", "teeter-totter", "teeterboard", "seesaws"),
    parts=("plank", "base", "seat", "handle"),
    aliases={"board": "plank", "pivot": "base", "handles": "handle", "seats": "seat"},
)
