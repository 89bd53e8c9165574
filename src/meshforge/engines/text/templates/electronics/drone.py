"""A quadcopter drone: a central body, four arms with motors and propellers, a camera, skids."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, sphere


def build_drone(a: Assembly) -> None:
    """A quadcopter drone: a central body, four arms with motors and propellers, a camera, skids."""
    span = a.vary(0.35, 0.1)
    body_l, body_w, body_h = span * 0.5, span * 0.3, a.vary(0.06, 0.1)
    leg_h = a.vary(0.07, 0.15)
    z = leg_h + body_h / 2
    a.add(
        rounded_box((body_w, body_l, body_h), body_h * 0.35, a.segments(body_h), (0, 0, z)),
        "body",
        GADGETS,
    )
    rotors = a.count("propeller", 4, 3, 8)
    prop = a.pick(((30, 30, 34), (235, 235, 235), (220, 90, 40)))
    for k in range(rotors):
        angle = math.radians(45 + 360 * k / rotors)
        tip = (span * 0.5 * math.cos(angle), span * 0.5 * math.sin(angle), z + body_h * 0.2)
        a.add(rod((0, 0, z + body_h * 0.2), tip, body_h * 0.14, 10), "arm", GADGETS)
        motor_z = tip[2] - body_h * 0.3
        a.add(
            cylinder(
                body_h * 0.3, body_h * 0.8, a.segments(body_h * 0.3), (tip[0], tip[1], motor_z)
            ),
            "motor",
            DARK_STEEL,
            Tier.FIXED,
        )
        hub_z = motor_z + body_h * 0.8
        blade = box((span * 0.42, span * 0.035, 0.004), (tip[0], tip[1], hub_z + 0.002))
        a.add(
            blade.translate((-tip[0], -tip[1], 0))
            .rotate((0, 0, a.between(0, 180)))
            .translate((tip[0], tip[1], 0)),
            "propeller",
            prop,
            Tier.FIXED,
        )
    for side in (-1, 1):
        x = side * body_w * 0.4
        a.add(rod((x, 0, z), (x * 1.3, 0, 0.006), 0.005, 8), "leg", BLACK_PLASTIC, Tier.FIXED)
        a.add(
            rod((x * 1.3, -body_l * 0.4, 0.006), (x * 1.3, body_l * 0.4, 0.006), 0.006, 8),
            "leg",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    if a.maybe("camera", 0.8):
        a.add(
            sphere(body_h * 0.4, a.segments(body_h * 0.4), (0, -body_l * 0.35, z - body_h * 0.55)),
            "camera",
            BLACK_PLASTIC,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "drone",
    build_drone,
    0.2,
    description="a flying quadcopter drone with four propellers and a camera",
    synonyms=("quadcopter", "quadrocopter", "camera drone", "multicopter", "uav", "quad drone"),
    kinds=("fpv drone", "racing drone", "hexacopter"),
    parts=("body", "arm", "motor", "propeller", "leg", "camera"),
    aliases={
        "propellers": "propeller",
        "prop": "propeller",
        "rotor": "propeller",
        "rotors": "propeller",
        "blade": "propeller",
    },
)
