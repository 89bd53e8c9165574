"""A pinball machine: a sloping glass-topped cabinet on four legs, an upright lit backbox."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod, sphere, union

CABINETS: tuple[RGB, ...] = ((30, 30, 35), (160, 30, 40), (30, 60, 140), (120, 40, 140))
CHROME: RGB = (205, 208, 215)
GLASS: RGB = (60, 90, 120)
SCREEN: RGB = (250, 170, 40)


def build_pinball_machine(a: Assembly) -> None:
    """A sloping glass-topped cabinet on four legs, an upright lit backbox."""
    body = a.pick(CABINETS)
    width, length = a.vary(0.7, 0.06), a.vary(1.3, 0.06)
    depth, tilt = 0.35, a.vary(4.0, 0.2)
    mid = a.vary(0.86, 0.05) + depth / 2
    slope = math.sin(math.radians(tilt)) * length / 2
    for sx in (-1, 1):
        for sy in (-1, 1):
            h = mid - depth / 2 + sy * slope + 0.04
            leg = box((0.06, 0.06, h), (sx * (width / 2 - 0.05), sy * (length / 2 - 0.06), h / 2))
            a.add(leg, "leg", CHROME, Tier.FIXED)
    cabinet = box((width, length, depth), (0, 0, 0)).rotate((tilt, 0, 0)).translate((0, 0, mid))
    a.add(cabinet, "cabinet", body)
    glass = box((width - 0.08, length - 0.1, 0.02), (0, 0, depth / 2)).rotate((tilt, 0, 0))
    a.add(glass.translate((0, 0, mid)), "glass", GLASS, Tier.FIXED)
    playfield = [
        sphere(0.05, 12, (x * width, y * length, depth / 2))
        for x, y in ((-0.2, 0.25), (0.15, 0.3), (0.0, 0.12))
    ]
    a.add(
        union(playfield).rotate((tilt, 0, 0)).translate((0, 0, mid)),
        "bumper",
        a.pick(BRIGHTS),
        Tier.SECONDARY,
    )
    top = mid + slope + depth / 2
    back_h, back_d = a.vary(0.7, 0.08), 0.22
    backbox = box((width, back_d, back_h), (0, length / 2 - back_d / 2, top + back_h / 2 - 0.05))
    a.add(backbox, "backbox", body)
    a.add(
        box((width * 0.82, 0.03, back_h * 0.7), (0, length / 2 - back_d, top + back_h * 0.5)),
        "screen",
        SCREEN,
        Tier.SECONDARY,
    )
    front_z = mid - slope
    plunger = rod(
        (width * 0.35, -length / 2 + 0.03, front_z - 0.05),
        (width * 0.35, -length / 2 - 0.1, front_z - 0.05),
        0.015,
        8,
    )
    a.add(
        union([plunger, sphere(0.03, 10, (width * 0.35, -length / 2 - 0.1, front_z - 0.05))]),
        "plunger",
        CHROME,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        x = sx * width / 2
        button = rod(
            (x - sx * 0.01, -length / 2 + 0.15, front_z),
            (x + sx * 0.02, -length / 2 + 0.15, front_z),
            0.025,
            12,
        )
        a.add(button, "button", (240, 60, 40), Tier.FIXED)


TEMPLATE = Template(
    "pinball machine",
    build_pinball_machine,
    1.9,
    description="an arcade pinball machine: a sloping glass-topped game on legs with a lit backbox",
    synonyms=("pinball", "pinball table", "pinball game"),
    kinds=("flipper machine",),
    parts=("cabinet", "leg", "glass", "bumper", "backbox", "screen", "plunger", "button"),
    aliases={"legs": "leg", "display": "screen", "backglass": "screen", "bumpers": "bumper"},
)
