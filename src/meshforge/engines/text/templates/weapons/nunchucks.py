"""Nunchucks: two short wooden sticks joined end to end by a short chain, lying on the ground."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL, WOODS
from meshforge.engines.text.kit.solids import capsule, torus

FINISHES = (*WOODS, (30, 30, 33), (190, 40, 40))


def build_nunchucks(a: Assembly) -> None:
    """Two round sticks lying in a loose V, their near ends joined by a few chain links."""
    length, r = a.vary(0.3, 0.08), a.vary(0.014, 0.1)
    finish = a.pick(FINISHES)
    spread = math.radians(a.between(20, 50))
    gap = 0.06
    for side in (-1, 1):
        start = (side * gap / 2, 0.0, r)
        end = (start[0] + side * length * math.sin(spread / 2), length * math.cos(spread / 2), r)
        a.add(capsule(start, end, r, a.segments(r), r * 0.9), "stick", finish)
    links = max(2, round(gap / 0.018))
    for k in range(links + 1):
        x = -gap / 2 + gap * k / links
        # alternate links lie flat and stand up, each through the next
        link = torus(0.008, 0.0022, 12).scale((1.3, 1.0, 1.0))
        link = link.rotate((90, 0, 0)) if k % 2 else link
        a.add(link.translate((x, 0.0, r)), "chain", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "nunchucks",
    build_nunchucks,
    0.03,
    description="nunchucks, a martial arts weapon of two wooden sticks joined by a chain",
    synonyms=("nunchaku", "nunchuck", "nunchakus", "nun chucks", "numchucks"),
    kinds=("nunchuk",),
    parts=("stick", "chain"),
    aliases={"handle": "stick", "sticks": "stick", "rope": "chain", "links": "chain"},
)
