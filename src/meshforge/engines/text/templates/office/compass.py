"""A pocket compass: a round case, a white card, a red and dark needle, its lid open."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, SILVER, WHITE
from meshforge.engines.text.kit.solids import box, cylinder, prism, union
from meshforge.engines.text.kit.sweeps import hoop

CASES = (BRASS, SILVER, (30, 30, 34), (60, 90, 60))
NORTH = (215, 35, 35)
SOUTH = (70, 80, 100)
TICK = (30, 30, 34)


def build_compass(a: Assembly) -> None:
    """A pocket compass: a round case, a white card, a red and dark needle, its lid open."""
    radius = a.vary(0.03, 0.12)
    depth = radius * 0.4
    case = a.pick(CASES)
    # the round parts nest and touch face to face; fewer segments keep their seams cheap
    seg = min(a.segments(radius), 40)
    a.add(cylinder(radius, depth, seg), "case", case)
    a.add(hoop(radius, radius * 0.12, seg, (0, 0, depth)), "case", case)
    card_z = depth + 0.001  # the card sits proud of the solid case, inside the rim
    a.add(
        cylinder(radius * 0.88, 0.003, seg, (0, 0, card_z - 0.001)),
        "card",
        WHITE,
        Tier.FIXED,
    )
    ticks = []
    for k in range(4):
        long_tick = radius * (0.22 if k == 0 else 0.14)
        tick = box(
            (radius * 0.06, long_tick, 0.002), (0, radius * 0.78 - long_tick / 2, card_z + 0.002)
        )
        ticks.append(tick.rotate((0, 0, 90 * k)))
    a.add(union(ticks), "card", TICK, Tier.FIXED)
    # the needle: a thin diamond, its north half red, pivoting on a pin in the middle
    reach, half_w = radius * 0.62, radius * 0.1
    needle_z = card_z + 0.003
    turn = a.between(-25.0, 25.0)
    north = prism([(half_w, 0), (0, reach), (-half_w, 0)], 0.0015, (0, 0, needle_z))
    south = prism([(-half_w, 0), (0, -reach), (half_w, 0)], 0.0015, (0, 0, needle_z))
    a.add(north.rotate((0, 0, turn)), "needle", NORTH, Tier.FIXED)
    a.add(south.rotate((0, 0, turn)), "needle", SOUTH, Tier.FIXED)
    a.add(cylinder(radius * 0.06, 0.004, 12, (0, 0, card_z)), "needle", SILVER, Tier.FIXED)
    # the bow at the front (south) end, for a chain
    bow = hoop(radius * 0.2, radius * 0.05, 12).rotate((90, 0, 0))
    a.add(bow.translate((0, -radius * 1.12, depth * 0.5)), "bow", case)
    if a.maybe("lid", 0.7, "cover"):
        hinge_y = radius * 1.0
        lid = cylinder(radius, depth * 0.3, seg).rotate((-100, 0, 0))
        a.add(lid.translate((0, hinge_y + depth * 0.15, depth * 0.8)), "lid", case)


TEMPLATE = Template(
    "compass",
    build_compass,
    0.05,
    description="a pocket compass whose magnetic needle points north, for finding the way",
    synonyms=("pocket compass", "magnetic compass", "navigation compass", "hiking compass"),
    not_claimed=("drawing compass", "compass rose"),
    parts=("case", "card", "needle", "bow", "lid"),
    aliases={
        "dial": "card",
        "face": "card",
        "arrow": "needle",
        "ring": "bow",
        "cover": "lid",
        "body": "case",
    },
)
