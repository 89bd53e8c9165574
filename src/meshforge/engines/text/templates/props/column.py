"""A classical stone column: a fluted shaft between a moulded base and a capital, maybe broken."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, subtract

STONES: tuple[RGB, ...] = ((235, 230, 218), (215, 208, 195), (200, 200, 198))


def build_column(a: Assembly) -> None:
    """A classical stone column: a fluted shaft between a moulded base and a capital."""
    height = a.vary(2.5, 0.12)
    r = height * a.between(0.08, 0.1)
    stone = a.pick(STONES)
    plinth = r * 0.5
    a.add(box((r * 2.8, r * 2.8, plinth), (0, 0, plinth / 2)), "base", stone, Tier.SECONDARY)
    moulding = [
        (0.0, 0.0),
        (r * 1.25, 0.0),
        (r * 1.25, r * 0.15),
        (r * 1.05, r * 0.35),
        (r * 1.0, r * 0.5),
        (0.0, r * 0.5),
    ]
    a.add(
        lathe(moulding, a.segments(r)).translate((0, 0, plinth - 0.01)),
        "base",
        stone,
        Tier.SECONDARY,
    )
    broken = a.mentions("broken", "ruined", "ruin", "fallen") or a.chance(0.2)
    shaft_h = height * (a.between(0.45, 0.7) if broken else 0.84) - plinth - r * 0.5
    shaft_z = plinth + r * 0.35
    shaft = cylinder(r, shaft_h, a.segments(r), (0, 0, shaft_z), r * 0.92)
    flutes = [
        cylinder(
            r * 0.12,
            shaft_h * 0.9,
            8,
            (r * 1.02 * math.cos(t), r * 1.02 * math.sin(t), shaft_z + shaft_h * 0.05),
        )
        for t in (2 * math.pi * k / 16 for k in range(16))
    ]
    if broken:
        # a slanted break across the top
        top = shaft_z + shaft_h
        cut = box((r * 4, r * 4, r * 2)).rotate((22, 8, 0)).translate((0, 0, top + r * 0.55))
        a.add(subtract(shaft, cut, *flutes), "shaft", stone)
        return
    a.add(subtract(shaft, *flutes), "shaft", stone)
    top = shaft_z + shaft_h
    capital = [
        (0.0, 0.0),
        (r * 0.95, 0.0),
        (r * 1.3, r * 0.35),
        (r * 1.3, r * 0.45),
        (0.0, r * 0.45),
    ]
    a.add(
        lathe(capital, a.segments(r)).translate((0, 0, top - 0.01)),
        "capital",
        stone,
        Tier.SECONDARY,
    )
    a.add(
        box((r * 2.9, r * 2.9, r * 0.35), (0, 0, top + r * 0.55)), "capital", stone, Tier.SECONDARY
    )


TEMPLATE = Template(
    "column",
    build_column,
    2.5,
    description="a tall round classical stone pillar with grooves, a base and a capital",
    synonyms=(
        "pillar",
        "stone column",
        "greek column",
        "roman column",
        "marble column",
        "doric column",
    ),
    kinds=(
        "ionic column",
        "corinthian column",
        "broken column",
        "ruined column",
        "stone pillar",
        "marble pillar",
    ),
    not_claimed=("spinal column", "steering column"),
    parts=("shaft", "base", "capital"),
    aliases={"top": "capital", "plinth": "base", "pedestal": "base"},
)
