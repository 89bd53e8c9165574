"""A mop: a long handle on a clamp of cotton strands splayed on the floor, or a flat pad."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, union
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, STEEL

#: cotton strands: undyed, grey, blue and the odd bright synthetic
STRANDS: tuple[RGB, ...] = ((238, 235, 222), (200, 200, 196), (90, 140, 200), (230, 90, 110))


def build_mop(a: Assembly) -> None:
    """A mop: a long handle on a clamp of cotton strands splayed on the floor, or a flat
    pad."""
    handle_l = a.vary(1.25, 0.08)
    handle = a.pick((*HANDLE_WOODS, STEEL, *PLASTICS[:3]))
    if a.mentions("flat", "microfiber", "microfibre", "spray", "dust") or a.chance(0.2):
        width = a.vary(0.4, 0.1)
        a.add(box((width, 0.12, 0.025), (0, 0, 0.0125)), "strands", a.pick(STRANDS))
        a.add(box((width - 0.02, 0.1, 0.02), (0, 0, 0.034)), "head", a.pick(PLASTICS), Tier.FIXED)
        a.add(cylinder(0.02, 0.04, 12, (0, 0, 0.04)), "head", a.pick(PLASTICS), Tier.FIXED)
        a.add(rod((0, 0, 0.07), (0, 0.12, 0.07 + handle_l), 0.013, 12), "handle", handle)
        return
    spread = a.vary(0.17, 0.15)
    clamp_z = a.vary(0.14, 0.1)
    strands = []
    count = 20
    for i in range(count):
        turn = 2 * math.pi * (i + a.between(-0.3, 0.3)) / count
        reach = spread * a.between(0.75, 1.1)
        foot = (reach * math.cos(turn), reach * math.sin(turn), 0.012)
        top = (0.035 * math.cos(turn), 0.035 * math.sin(turn), clamp_z)
        strands.append(capsule(top, foot, 0.019, 8))
    a.add(union(strands), "strands", a.pick(STRANDS))
    clamp = cylinder(0.045, 0.05, a.segments(0.045), (0, 0, clamp_z - 0.02), 0.03)
    a.add(clamp, "head", a.pick(PLASTICS), Tier.FIXED)
    a.add(
        rod((0, 0, clamp_z + 0.02), (0, 0, clamp_z + handle_l), 0.013, 12),
        "handle",
        handle,
    )
    if a.maybe("hook", 0.4):  # a hanging loop at the top
        a.add(cylinder(0.016, 0.04, 12, (0, 0, clamp_z + handle_l - 0.02)), "hook", (40, 40, 44))


TEMPLATE = Template(
    "mop",
    build_mop,
    1.3,
    description="a long stick with a head of cotton strands for washing the floor",
    synonyms=("string mop", "floor mop", "wet mop", "flat mop", "cotton mop", "mop head"),
    not_claimed=("mop bucket",),
    parts=("handle", "strands", "head", "hook"),
    aliases={"stick": "handle", "strand": "strands", "yarn": "strands", "clamp": "head"},
)
