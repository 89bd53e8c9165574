"""A first aid kit: a carry case with a handle on top and a white cross on its front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import tube

CASES: tuple[RGB, ...] = ((200, 35, 35), (200, 35, 35), (40, 140, 70), (240, 240, 236))
WHITE: RGB = (248, 248, 248)
RED: RGB = (205, 35, 35)
CLASP: RGB = (60, 60, 64)


def build_first_aid_kit(a: Assembly) -> None:
    """A first aid kit: a carry case with a handle on top and a white cross on its front."""
    width, depth, height = a.vary(0.3, 0.1), a.vary(0.11, 0.1), a.vary(0.21, 0.1)
    case = a.pick(CASES)
    a.add(rounded_box((width, depth, height), 0.02, 12, (0, 0, height / 2)), "case", case)
    # the lid's seam: a thin band a little proud of the case
    seam = rounded_box((width + 0.004, depth + 0.004, 0.012), 0.006, 8, (0, 0, height * 0.72))
    a.add(seam, "case", CLASP, Tier.FIXED)
    arm, bar = height * 0.22, height * 0.075
    mark = WHITE if case != WHITE else RED
    front = -depth / 2 - 0.002
    for size in ((arm * 2, 0.006, bar * 2), (bar * 2, 0.006, arm * 2)):
        a.add(box(size, (0, front, height * 0.42)), "cross", mark, Tier.SECONDARY)
    if a.wants("handle"):
        grip = [
            (-0.06, 0, height - 0.004),
            (-0.05, 0, height + 0.03),
            (0.05, 0, height + 0.03),
            (0.06, 0, height - 0.004),
        ]
        a.add(tube(grip, 0.009, 10), "handle", CLASP, Tier.FIXED)
        for x in (-width * 0.38, width * 0.38):
            a.add(box((0.03, 0.008, 0.03), (x, front, height * 0.72)), "clasp", CLASP, Tier.FIXED)


TEMPLATE = Template(
    "first aid kit",
    build_first_aid_kit,
    0.22,
    description="a red case with a white cross holding bandages and plasters for injuries",
    synonyms=(
        "first-aid kit",
        "first aid box",
        "first aid case",
        "medical kit",
        "medkit",
        "med kit",
        "first aid",
        "emergency kit",
    ),
    parts=("case", "cross", "handle", "clasp"),
    aliases={"box": "case", "latch": "clasp", "symbol": "cross"},
)
