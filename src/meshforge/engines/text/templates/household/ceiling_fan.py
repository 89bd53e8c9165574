"""A ceiling fan: a downrod from a canopy to a motor housing with four or five long blades and a
light."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import cylinder, dome, ellipsoid, rod, rounded_box

GLOBE: RGB = (245, 240, 220)


def build_ceiling_fan(a: Assembly) -> None:
    """A ceiling fan: a downrod from a canopy to a motor housing with four or five long blades and a
    light."""
    blades = a.count("blade", a.pick((3, 4, 5)), 2, 8)
    span = a.vary(0.6, 0.12)
    metal = a.pick((*LAMP_METALS, (240, 240, 238)))
    wood = a.pick((*WOODS, (240, 240, 238), (40, 40, 44)))
    rod_l = a.vary(0.2, 0.3)
    motor_z = 0.15
    top = motor_z + 0.06 + rod_l
    a.add(cylinder(0.07, 0.04, 16, (0, 0, top)), "canopy", metal)
    a.add(rod((0, 0, motor_z), (0, 0, top + 0.01), 0.012, 10), "downrod", metal)
    a.add(ellipsoid((0.12, 0.12, 0.06), 24, (0, 0, motor_z)), "motor", metal)
    turn = a.between(0, 90)
    for k in range(blades):
        t = math.radians(turn + 360 * k / blades)
        c, s = math.cos(t), math.sin(t)
        a.add(
            rod((0.08 * c, 0.08 * s, motor_z), (0.17 * c, 0.17 * s, motor_z + 0.005), 0.012, 8),
            "bracket",
            metal,
        )
        blade = rounded_box(
            (span - 0.14, 0.13, 0.012), 0.005, 8, (0.14 + (span - 0.14) / 2, 0, 0)
        ).rotate((8, 0, 0))
        a.add(
            blade.rotate((0, 0, math.degrees(t))).translate((0, 0, motor_z + 0.008)),
            "blade",
            wood,
            Tier.SECONDARY,
        )
    if a.maybe("light", 0.6, "lamp", "bulb"):
        a.add(cylinder(0.06, 0.03, 16, (0, 0, motor_z - 0.08)), "light", metal, Tier.FIXED)
        a.add(
            dome((0.08, 0.08, 0.08), 16, (0, 0, motor_z - 0.07))
            .mirror((0, 0, 1))
            .translate((0, 0, 2 * (motor_z - 0.07))),
            "light",
            GLOBE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "ceiling fan",
    build_ceiling_fan,
    0.5,
    description="a fan with long blades hanging from the ceiling of a room",
    synonyms=("ceiling fan light", "overhead fan", "roof fan", "fan with light"),
    kinds=("tropical ceiling fan", "punkah"),
    parts=("canopy", "downrod", "motor", "bracket", "blade", "light"),
    aliases={"blades": "blade", "lamp": "light", "housing": "motor", "rod": "downrod"},
)
