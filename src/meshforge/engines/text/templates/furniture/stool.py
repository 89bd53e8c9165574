"""A stool: a round seat on three or four splayed legs; a bar stool stands tall with a footrest."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS, PAINTS, WOODS
from meshforge.engines.text.kit.solids import cylinder, rod, torus


def build_stool(a: Assembly) -> None:
    """A stool: a round seat on three or four splayed legs; a bar stool stands tall."""
    tall = a.mentions("bar", "counter", "kitchen", "tall", "high") or a.chance(0.4)
    height = a.vary(0.75 if tall else 0.45, 0.08)
    seat_r = a.vary(0.19, 0.1)
    frame = a.pick(WOODS + PAINTS[1:2] + ((190, 195, 202),))
    legs = a.count("leg", a.pick((3, 4, 4)), 3, 5)
    seat_t = 0.04
    top_z = height - seat_t
    a.add(cylinder(seat_r, seat_t, a.segments(seat_r), (0, 0, top_z)), "seat", frame)
    if a.maybe("cushion", 0.35, "padded", "upholstered"):
        pad = cylinder(seat_r * 0.96, 0.035, a.segments(seat_r), (0, 0, height - 0.005))
        a.add(pad, "cushion", a.pick(FABRICS), Tier.SECONDARY)
    top_r, foot_r = seat_r * 0.7, seat_r * a.between(1.05, 1.3)
    leg_r = 0.017 if tall else 0.02
    turn = a.between(0, 90)
    for k in range(legs):
        angle = math.radians(turn + 360 * k / legs)
        c, s = math.cos(angle), math.sin(angle)
        a.add(
            rod((foot_r * c, foot_r * s, 0), (top_r * c, top_r * s, top_z + 0.01), leg_r, 10),
            "leg",
            frame,
        )
    if tall and a.wants("footrest"):
        z = height * a.between(0.25, 0.35)
        ring = foot_r + (top_r - foot_r) * z / top_z
        a.add(torus(ring, 0.012, a.segments(ring), (0, 0, z)), "footrest", frame)


TEMPLATE = Template(
    "stool",
    build_stool,
    0.6,
    description="a backless seat for one person on three or four legs",
    synonyms=("bar stool", "barstool", "counter stool", "kitchen stool", "wooden stool"),
    kinds=("milking stool", "step stool", "tall stool", "three legged stool"),
    parts=("seat", "cushion", "leg", "footrest"),
    aliases={"legs": "leg", "top": "seat", "foot rest": "footrest", "ring": "footrest"},
    priority=1,
)
