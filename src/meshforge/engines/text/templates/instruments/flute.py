"""A flute lying level: a long silver tube, a lip plate near one end, a row of keys."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, WOODS, ellipse_points, top_plate
from meshforge.engines.text.kit.solids import cylinder, rod, union


def build_flute(a: Assembly) -> None:
    """A flute lying level: a long silver tube, a lip plate near one end, a row of keys."""
    wooden = a.mentions("wooden", "wood", "recorder", "pan", "bamboo", "fife")
    length = a.vary(0.32 if a.mentions("recorder", "fife", "piccolo") else 0.67, 0.04)
    r = 0.0095
    z = r + 0.002
    color = a.pick(WOODS) if wooden else SILVER
    a.add(rod((-length / 2, 0, z), (length / 2, 0, z), r, a.segments(r * 4)), "body", color)
    a.add(
        rod((-length / 2 - 0.012, 0, z), (-length / 2 + 0.01, 0, z), r * 1.05, a.segments(r * 4)),
        "body",
        color,
    )
    if wooden:
        holes = [
            cylinder(r * 0.3, 0.01, 12, (-length * 0.1 + k * length * 0.06, 0, z + r * 0.7))
            for k in range(6)
        ]
        a.add(union(holes), "key", (40, 30, 25), Tier.FIXED)
        return
    lip = top_plate(ellipse_points(0.012, 0.009, 20), 0.003, z + r * 0.85).translate(
        (-length * 0.38, 0, 0)
    )
    a.add(lip, "lip plate", SILVER, Tier.FIXED)
    a.add(
        cylinder(0.004, 0.004, 12, (-length * 0.38, 0, z + r * 0.9)),
        "lip plate",
        (30, 30, 34),
        Tier.FIXED,
    )
    keys = [
        cylinder(0.0068, 0.006, 16, (-length * 0.12 + k * length * 0.075, 0, z + r * 0.6))
        for k in range(8)
    ]
    a.add(union(keys), "key", SILVER, Tier.FIXED)
    a.add(
        rod(
            (-length * 0.15, r * 0.7, z + r * 0.55),
            (length * 0.45, r * 0.7, z + r * 0.55),
            0.0018,
            8,
        ),
        "key",
        SILVER,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "flute",
    build_flute,
    0.05,
    description="a long thin silver wind instrument held sideways, with keys along its tube",
    synonyms=("transverse flute", "piccolo", "concert flute", "fife"),
    kinds=("wooden flute", "bamboo flute", "silver flute", "tin whistle", "penny whistle"),
    parts=("body", "lip plate", "key"),
    aliases={"tube": "body", "mouthpiece": "lip plate"},
)
