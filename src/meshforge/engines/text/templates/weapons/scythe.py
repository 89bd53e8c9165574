"""A scythe: a long curved snath with two grips and a long curved blade at its top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.sweeps import face_prism

WOODS: tuple[RGB, ...] = ((120, 80, 45), (90, 60, 35), (40, 35, 32))
STEEL: RGB = (195, 200, 208)


def build_scythe(a: Assembly) -> None:
    """A scythe: a long shaft with two grips and a long curved blade at its top."""
    height = a.vary(1.7, 0.08)
    blade_len = height * a.between(0.4, 0.55)
    wood = a.pick(WOODS)
    r = 0.018
    a.add(rod((0, 0, 0), (0, 0, height), r, 12), "shaft", wood)
    for z in (height * 0.45, height * 0.75):
        a.add(capsule((0, 0, z), (0.02, -0.16, z + 0.02), r, 10), "grip", wood, Tier.SECONDARY)
    # the blade: a crescent seen from the front, leaving the top of the shaft and curving
    # out and down to its point
    steps = 16
    back, edge = [], []
    for k in range(steps + 1):
        t = k / steps
        x = -blade_len * t
        drop = blade_len * 0.35 * t**2
        width = blade_len * 0.16 * (1 - t) ** 0.8 + 0.004
        back.append((x, height - drop))
        edge.append((x, height - drop - width))
    blade = face_prism(back + edge[::-1], 0.008)
    a.add(blade, "blade", STEEL, Tier.FIXED)
    a.add(rod((0, 0, height - blade_len * 0.1), (0, 0, height + 0.03), r * 1.4, 10), "shaft", wood)


TEMPLATE = Template(
    "scythe",
    build_scythe,
    1.7,
    description="a farming tool and reaper's weapon: a long pole with a big curved blade on top",
    synonyms=("grim reaper scythe", "reaper scythe", "death scythe", "war scythe"),
    kinds=("harvest scythe",),
    parts=("shaft", "grip", "blade"),
    aliases={"snath": "shaft", "pole": "shaft", "handle": "shaft", "handles": "grip"},
)
