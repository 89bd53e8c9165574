"""A basketball hoop: an orange rim with a net on a backboard, raised on a padded pole."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import hoop

RIM: RGB = (235, 100, 30)
BOARD: RGB = (245, 245, 245)
LINES: RGB = (200, 40, 40)
POLES: tuple[RGB, ...] = ((40, 40, 45), (30, 60, 130), (150, 150, 158))
NET: RGB = (240, 240, 240)


def build_basketball_hoop(a: Assembly) -> None:
    """A basketball hoop: an orange rim with a net on a backboard, raised on a pole."""
    rim_z = a.vary(3.05, 0.05)
    board_w, board_h = a.vary(1.8, 0.08), a.vary(1.05, 0.08)
    pole = a.pick(POLES)
    pole_y = 0.9
    a.add(box((0.5, 0.8, 0.15), (0, pole_y, 0.075)), "base", pole, Tier.SECONDARY)
    a.add(cylinder(0.08, rim_z + 0.3, 16, (0, pole_y, 0)), "pole", pole, Tier.SECONDARY)
    a.add(
        rod((0, pole_y, rim_z + 0.25), (0, 0.0, rim_z + 0.25), 0.06, 12),
        "pole",
        pole,
        Tier.SECONDARY,
    )
    board_z = rim_z - 0.15 + board_h / 2
    a.add(box((board_w, 0.04, board_h), (0, 0, board_z)), "backboard", BOARD)
    # the painted square above the rim
    a.add(box((0.6, 0.01, 0.45), (0, -0.02, rim_z + 0.225)), "lines", LINES, Tier.FIXED)
    a.add(box((0.5, 0.012, 0.35), (0, -0.022, rim_z + 0.225)), "backboard", BOARD)
    rim_r = 0.23
    center_y = -0.02 - 0.15 - rim_r
    a.add(hoop(rim_r, 0.01, 32, (0, center_y, rim_z)), "rim", RIM, Tier.FIXED)
    a.add(box((0.12, 0.17, 0.02), (0, -0.1, rim_z)), "rim", RIM, Tier.FIXED)
    # the net: cords from the rim down to a narrower ring
    net_h = 0.4
    a.add(hoop(rim_r * 0.6, 0.006, 24, (0, center_y, rim_z - net_h)), "net", NET, Tier.FIXED)
    for k in range(12):
        t = 2 * math.pi * k / 12
        top = (rim_r * math.cos(t), center_y + rim_r * math.sin(t), rim_z)
        bottom = (
            rim_r * 0.6 * math.cos(t + 0.3),
            center_y + rim_r * 0.6 * math.sin(t + 0.3),
            rim_z - net_h,
        )
        a.add(rod(top, bottom, 0.006, 6), "net", NET, Tier.FIXED)


TEMPLATE = Template(
    "basketball hoop",
    build_basketball_hoop,
    3.9,
    description="a basketball goal: an orange rim and net on a white backboard raised on a pole",
    synonyms=(
        "basketball net",
        "basketball goal",
        "basketball ring",
        "basketball stand",
        "hoop and backboard",
    ),
    kinds=("basketball backboard", "street basketball hoop"),
    parts=("rim", "net", "backboard", "lines", "pole", "base"),
    aliases={"hoop": "rim", "ring": "rim", "board": "backboard", "post": "pole", "stand": "pole"},
)
