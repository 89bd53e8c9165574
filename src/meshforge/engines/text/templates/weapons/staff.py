"""A wizard's staff: a gnarled wooden shaft whose top claws round a glowing orb."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, WOODS
from meshforge.engines.text.kit.solids import sphere, union
from meshforge.engines.text.kit.sweeps import tube

ORBS: tuple[RGB, ...] = ((120, 220, 255), (170, 90, 230), (90, 230, 140), (255, 120, 60))


def build_staff(a: Assembly) -> None:
    """A wizard's staff: a gnarled wooden shaft whose top claws round a glowing orb."""
    length = a.vary(1.7, 0.08)
    r = 0.027
    wobble = [a.between(-0.02, 0.02) for _ in range(5)]
    path = [(wobble[k], wobble[(k + 2) % 5] * 0.6, length * k / 4) for k in range(5)]
    path[0] = (0.0, 0.0, 0.0)
    wood = a.pick(WOODS[1:])
    a.add(tube(path, r * 0.8, a.segments(r), r * 1.15), "shaft", wood, Tier.SECONDARY)
    top = path[-1]
    orb_r = a.vary(0.065, 0.12)
    centre = (top[0], top[1], top[2] + orb_r * 1.15)
    if a.wants("orb"):
        a.add(sphere(orb_r, a.segments(orb_r), centre), "orb", a.pick(ORBS), Tier.FIXED)
    prongs = []
    count = a.pick((3, 4, 5))
    for k in range(count):
        t = 2 * math.pi * k / count
        cx, cy = math.cos(t), math.sin(t)
        prongs.append(
            tube(
                [
                    (top[0], top[1], top[2] - 0.02),
                    (top[0] + cx * orb_r * 0.9, top[1] + cy * orb_r * 0.9, top[2] + orb_r * 0.4),
                    (top[0] + cx * orb_r * 1.1, top[1] + cy * orb_r * 1.1, centre[2] + orb_r * 0.3),
                    (
                        top[0] + cx * orb_r * 0.55,
                        top[1] + cy * orb_r * 0.55,
                        centre[2] + orb_r * 1.0,
                    ),
                ],
                r * 0.5,
                12,
                r * 0.12,
            )
        )
    a.add(union(prongs), "shaft", wood, Tier.SECONDARY)
    if a.maybe("band", 0.5, "gold", "golden", "ring"):
        a.add(
            tube([(top[0], top[1], top[2] - 0.12), (top[0], top[1], top[2] - 0.09)], r * 1.35, 16),
            "band",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "staff",
    build_staff,
    1.8,
    description="a tall gnarled wooden staff topped with a glowing orb, carried by a wizard",
    synonyms=(
        "wizard staff",
        "magic staff",
        "wizards staff",
        "mage staff",
        "wooden staff",
        "quarterstaff",
    ),
    kinds=("sorcerer staff", "druid staff", "crystal staff", "staff of power"),
    not_claimed=("staff member", "staff room", "office staff"),
    parts=("shaft", "orb", "band"),
    aliases={"crystal": "orb", "gem": "orb", "stick": "shaft", "pole": "shaft", "ring": "band"},
)
