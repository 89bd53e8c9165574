"""A sweater as if worn: a knitted body, long sleeves, ribbed hem and cuffs, a crew or roll neck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import box, capsule, cylinder, slab, sphere, union
from meshforge.engines.text.kit.tops import KNITS, TopBody, long_sleeved_top, neckband

FESTIVE_RED = (185, 30, 40)
FESTIVE_GREEN = (35, 110, 60)


def build_sweater(a: Assembly) -> None:
    """A sweater as if worn: a knitted body, long sleeves, ribbed hem and cuffs, a neckband."""
    festive = a.mentions("christmas", "xmas", "festive", "holiday", "ugly")
    color = FESTIVE_RED if festive else a.pick(KNITS)
    top = long_sleeved_top(a, color)
    if a.mentions("turtleneck", "roll", "polo", "funnel"):
        collar = cylinder(0.085, 0.11, a.segments(0.085), (0, 0, top.shoulder_z - 0.02))
        a.add(collar.scale((1.0, 0.8, 1.0)), "collar", color)
    elif a.mentions("v", "vneck", "v-neck"):
        _v_neck(a, top)
        neckband(a, top, color)
    else:
        neckband(a, top, color)
    if a.mentions("cardigan"):
        for k in range(5):
            z = top.shoulder_z - 0.12 - k * 0.1
            a.add(
                sphere(0.012, 10, (0, top.front_y - 0.002, z)), "button", (35, 35, 38), Tier.FIXED
            )
    if a.maybe("pattern", 0.3, "christmas", "xmas", "festive", "nordic", "fair", "striped"):
        _chest_band(a, top, WHITE if festive else a.pick([c for c in KNITS if c != color]), festive)


def _v_neck(a: Assembly, top: TopBody) -> None:
    """Two ribbed strips meeting in a V on the chest."""
    low = (0.0, top.front_y - 0.004, top.shoulder_z - 0.16)
    for side in (-1, 1):
        high = (side * 0.08, top.front_y + 0.03, top.shoulder_z + 0.005)
        a.add(capsule(low, high, 0.014, 10), "lining", (35, 35, 38), Tier.FIXED)


def _chest_band(a: Assembly, top: TopBody, color: tuple[int, int, int], festive: bool) -> None:
    """A knitted band across the chest with a row of diamonds (or little trees) in it."""
    z = top.shoulder_z - 0.2
    grow = 0.008  # just proud of the body all round, so the band shows as knitted in
    size = (top.width + grow, top.depth + grow, 0.07)
    band = slab(size, top.radius + grow / 2, a.segments(top.radius), (0, 0, z))
    a.add(band, "pattern", color, Tier.SECONDARY)
    motif = FESTIVE_GREEN if festive else (35, 35, 38)
    count = 5
    marks = []
    for k in range(count):
        x = -top.width * 0.36 + k * top.width * 0.72 / (count - 1)
        if festive:
            tree = cylinder(0.026, 0.05, 3, (x, top.front_y - 0.006, z - 0.025), top_radius=0.002)
            marks.append(tree)
        else:
            diamond = box((0.026, 0.01, 0.026), (0, 0, 0)).rotate((0, 45, 0))
            marks.append(diamond.translate((x, top.front_y - 0.006, z)))
    a.add(union(marks), "motif", motif, Tier.FIXED)


TEMPLATE = Template(
    "sweater",
    build_sweater,
    0.75,
    description="a warm knitted top with long sleeves pulled on over the head",
    synonyms=(
        "jumper",
        "pullover",
        "christmas jumper",
        "christmas sweater",
        "knitted sweater",
        "knit sweater",
        "wool sweater",
        "woolly jumper",
        "turtleneck",
        "polo neck",
        "roll neck",
        "cardigan",
        "crewneck",
    ),
    not_claimed=("sweater vest", "jumper cables", "jumper cable", "sweater dress"),
    parts=("body", "sleeve", "cuff", "hem", "collar", "pattern", "motif", "button"),
    aliases={
        "sleeves": "sleeve",
        "cuffs": "cuff",
        "neck": "collar",
        "neckline": "collar",
        "band": "pattern",
        "stripe": "pattern",
        "trees": "motif",
        "diamonds": "motif",
    },
)
