"""A folding screen: tall framed panels hinged together, standing in a zigzag."""

from __future__ import annotations

import math
from itertools import pairwise

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS, PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder


def build_folding_screen(a: Assembly) -> None:
    """Three to six framed panels in a zigzag, each a wooden frame around a paper or cloth panel."""
    count = a.count("panel", 4, 2, 6)
    w, h = a.vary(0.45, 0.1), a.vary(1.75, 0.06)
    fold = math.radians(a.between(25, 40))
    wood = a.pick((*WOODS, PAINTS[1]))
    cloth = a.pick(((240, 230, 205), *FABRICS))
    run, depth = w * math.cos(fold), w * math.sin(fold)
    # the hinge lines zigzag: x steps along, y swings between the front and the back
    points = [(-count * run / 2 + k * run, -depth if k % 2 else 0.0) for k in range(count + 1)]
    for (x0, y0), (x1, y1) in pairwise(points):
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
        centre = ((x0 + x1) / 2, (y0 + y1) / 2, h / 2 + 0.04)
        frame = box((w, 0.035, h), (0, 0, 0)).rotate((0, 0, angle)).translate(centre)
        panel = box((w * 0.86, 0.04, h * 0.86), (0, 0, 0)).rotate((0, 0, angle)).translate(centre)
        a.add(frame, "frame", wood)
        a.add(panel, "panel", cloth, Tier.SECONDARY)
    for x, y in points:  # the hinge posts, ending in little feet
        a.add(cylinder(0.022, h + 0.04, 12, (x, y, 0.0)), "frame", wood)


TEMPLATE = Template(
    "folding screen",
    build_folding_screen,
    1.8,
    description="a folding screen room divider of tall framed panels hinged in a zigzag",
    synonyms=("room divider", "privacy screen", "dressing screen", "shoji screen", "room dividers"),
    kinds=("paravent", "japanese screen", "chinese screen"),
    parts=("frame", "panel"),
    aliases={"panels": "panel", "paper": "panel", "fabric": "panel", "hinge": "frame"},
)
