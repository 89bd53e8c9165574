"""A desktop PC tower: a tall case, glowing front fans, an open side showing inside."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, LIGHT_GREEN, front_panel
from meshforge.engines.text.kit.solids import box, rounded_box, subtract, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

CASES = ((28, 28, 31), (235, 235, 232), (70, 72, 78))
#: the glow of gaming fans and strips: cyan, magenta, red, green
GLOWS = ((60, 220, 240), (230, 60, 220), (240, 50, 50), (70, 230, 110))
BOARD = (70, 80, 90)
CARD = (55, 57, 62)


def build_desktop_computer(a: Assembly) -> None:
    """A desktop PC tower: a tall case, glowing front fans, an open side showing inside."""
    width, depth, height = a.vary(0.21, 0.08), a.vary(0.45, 0.06), a.vary(0.46, 0.08)
    gaming = a.mentions("gaming", "rgb", "gamer") or (not a.mentions("office") and a.chance(0.65))
    case = rounded_box((width, depth, height), 0.01, 8, (0, 0, height / 2 + 0.015))
    front, side_x = -depth / 2, width / 2
    if gaming and a.wants("window"):
        # the side window shows the works; the render has no glass, so it is an open frame
        wall_x = -width / 2 + 0.09  # the far wall, where the board is fixed
        cavity = (side_x + 0.02 - wall_x, depth - 0.06, height - 0.07)
        window = box(cavity, ((side_x + 0.02 + wall_x) / 2, 0.0, height / 2 + 0.015))
        case = subtract(case, window)
        _insides(a, width, depth, height)
    a.add(case, "case", CASES)
    feet = [box((width * 0.9, 0.05, 0.02), (0, y, 0.01)) for y in (-depth * 0.38, depth * 0.38)]
    a.add(union(feet), "feet", BLACK_PLASTIC, Tier.FIXED)
    if gaming:
        glow = a.pick(GLOWS)
        fans = a.count("fan", 3, 1, 3)
        step = (height - 0.08) / 3
        for k in range(fans):
            z = height - 0.06 - step * (k + 0.5)
            ring = hoop(min(width * 0.33, step * 0.42), 0.006, 32).rotate((90, 0, 0))
            a.add(ring.translate((0, front - 0.004, z)), "fan", glow, Tier.FIXED)
            a.add(
                front_disc(width * 0.1, 0.008, 16, 0, z, front - 0.002),
                "fan",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
    else:
        front_panel(a, width * 0.75, 0.045, (0, height * 0.85), front, "drive", BLACK_PLASTIC)
        for k in range(a.pick((6, 8))):
            z = height * 0.2 + k * height * 0.05
            front_panel(a, width * 0.6, 0.008, (0, z), front, "vent", BLACK_PLASTIC, radius=0.002)
    button = front_disc(0.009, 0.008, 16, width * 0.3 if not gaming else 0.0, height - 0.018, front)
    a.add(button, "button", LIGHT_GREEN if not gaming else a.pick(GLOWS), Tier.FIXED)


def _insides(a: Assembly, width: float, depth: float, height: float) -> None:
    """Behind the side window: a board on the far wall, a graphics card and a lit cooler."""
    wall_x = -width / 2 + 0.09
    board = box((0.01, depth - 0.1, height - 0.12), (wall_x, 0.02, height / 2 + 0.02))
    a.add(board, "board", BOARD, Tier.FIXED)
    card = box((width * 0.45, depth * 0.6, 0.035), (wall_x + width * 0.22, 0.0, height * 0.42))
    a.add(card, "card", CARD, Tier.FIXED)
    cooler = Manifold.cylinder(0.035, 0.045, 0.045, 24).rotate((0, 90, 0))
    a.add(cooler.translate((wall_x, 0.03, height * 0.7)), "cooler", a.pick(GLOWS), Tier.FIXED)


TEMPLATE = Template(
    "desktop computer",
    build_desktop_computer,
    0.48,
    description="a desktop PC tower: a tall computer case with fans, standing beside a desk",
    synonyms=(
        "pc tower",
        "computer tower",
        "tower pc",
        "tower computer",
        "gaming pc",
        "gaming computer",
        "desktop pc",
        "computer case",
        "pc case",
        "personal computer",
        "gaming rig",
        "computer",
        "pc",
    ),
    kinds=(
        "home computer",
        "office computer",
        "gaming tower",
        "pc build",
        "custom pc",
        "workstation",
    ),
    not_claimed=("computer chip",),
    priority=1,
    parts=("case", "feet", "fan", "drive", "vent", "button", "window", "board", "card", "cooler"),
    aliases={
        "body": "case",
        "tower": "case",
        "fans": "fan",
        "lights": "fan",
        "rgb": "fan",
        "power button": "button",
        "graphics card": "card",
        "gpu": "card",
        "motherboard": "board",
        "glass": "window",
        "side panel": "window",
    },
)
