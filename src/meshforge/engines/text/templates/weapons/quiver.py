"""A quiver of arrows: a leather tube with bands and a strap, fletched arrows in it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, union
from meshforge.engines.text.kit.sweeps import tube

FLETCHINGS: tuple[RGB, ...] = (
    (200, 40, 40),
    (245, 245, 240),
    (40, 40, 44),
    (60, 110, 190),
    (230, 190, 60),
)


def build_quiver(a: Assembly) -> None:
    """A quiver of arrows: a leather tube with bands and a strap, fletched arrows in it."""
    length = a.vary(0.6, 0.08)
    r = a.vary(0.06, 0.1)
    seg = a.segments(r)
    leather = a.pick(LEATHERS)
    a.add(cylinder(r * 0.85, length, seg, top_radius=r), "quiver", leather)
    # a darker mouth, so that the arrows stand in an opening
    a.add(cylinder(r * 0.9, 0.004, seg, (0, 0, length - 0.002)), "mouth", (35, 25, 20), Tier.FIXED)
    band = a.pick((BRASS, LEATHERS[3], (150, 40, 40)))
    for z in (0.04, length * 0.5, length - 0.03):
        rr = r * 0.85 + (r * 0.15) * z / length
        a.add(cylinder(rr * 1.04, 0.022, seg, (0, 0, z - 0.011)), "band", band, Tier.SECONDARY)
    if a.maybe("strap", 0.8, "straps", "belt"):
        # the strap runs up the back from near the bottom to the top band
        back = [(0.0, r * 0.95, 0.08), (0.0, r * 1.5, length * 0.5), (0.0, r * 1.0, length - 0.04)]
        a.add(tube(back, r * 0.12, 8).scale((2.0, 1.0, 1.0)), "strap", a.pick(LEATHERS), Tier.FIXED)
    count = a.count("arrow", a.pick((5, 6, 8)), 1, 12)
    shaft_wood = a.pick(WOODS)
    fletch = a.pick(FLETCHINGS)
    shafts, fins = [], []
    for k in range(count):
        angle = 2 * math.pi * k / count
        rho = r * 0.45 * (0.4 + 0.6 * (k % 2))
        foot = (rho * math.cos(angle), rho * math.sin(angle), length * 0.3)
        lean = 0.06
        top = (foot[0] * (1 + lean * 8), foot[1] * (1 + lean * 8), length + a.vary(0.2, 0.25))
        shafts.append(rod(foot, top, 0.004, 8))
        for turn in (0.0, 120.0, 240.0):
            fin = box((0.002, 0.022, 0.09), (0.0, 0.012, 0.0)).rotate(
                (0, 0, turn + math.degrees(angle))
            )
            fins.append(fin.translate((top[0], top[1], top[2] - 0.07)))
    a.add(union(shafts), "shaft", shaft_wood, Tier.FIXED)
    a.add(union(fins), "fletching", fletch, Tier.FIXED)


TEMPLATE = Template(
    "quiver",
    build_quiver,
    0.85,
    description="an archer's tubular leather case holding feathered arrows",
    synonyms=("quiver of arrows", "arrow quiver", "quiver with arrows", "archery quiver"),
    parts=("quiver", "mouth", "band", "strap", "shaft", "fletching"),
    aliases={
        "arrows": "shaft",
        "arrow": "shaft",
        "feathers": "fletching",
        "fletchings": "fletching",
        "case": "quiver",
    },
)
