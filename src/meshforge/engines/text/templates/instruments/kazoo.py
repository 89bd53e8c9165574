"""A kazoo: a small tapered tube with a round turret and a buzzing membrane on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, lathe_x
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import cylinder, subtract


def build_kazoo(a: Assembly) -> None:
    """A small tube tapering to the mouthpiece, lying on its side, a turret and cap on top."""
    length, r = a.vary(0.12, 0.1), a.vary(0.012, 0.1)
    color = a.pick((*BRIGHTS, SILVER))
    profile = [
        (0.0, 0.0),
        (r * 0.75, 0.0),
        (r, length * 0.35),
        (r * 1.05, length * 0.8),
        (r * 0.9, length),
        (0.0, length),
    ]
    body = lathe_x(profile, a.segments(r), (-length / 2, 0, r * 1.05))
    bore = lathe_x(
        [(0.0, -0.01), (r * 0.6, -0.01), (r * 0.8, length + 0.01), (0.0, length + 0.01)],
        a.segments(r),
        (-length / 2, 0, r * 1.05),
    )
    a.add(subtract(body, bore), "body", color)
    turret_x = length * 0.15
    a.add(cylinder(r * 0.7, r * 0.9, a.segments(r), (turret_x, 0, r * 1.6)), "turret", color)
    a.add(
        cylinder(r * 0.82, r * 0.25, a.segments(r), (turret_x, 0, r * 2.45)),
        "cap",
        a.pick((SILVER, (220, 180, 70), color)),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "kazoo",
    build_kazoo,
    0.035,
    description="a kazoo, a small tube you hum into that buzzes through a membrane",
    synonyms=("kazoos",),
    kinds=("plastic kazoo", "metal kazoo"),
    parts=("body", "turret", "cap"),
    aliases={"tube": "body", "membrane": "cap"},
)
