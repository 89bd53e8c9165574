"""A cannon: a long iron barrel with a flared muzzle on a wooden carriage with two spoked wheels."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, IRON, WOODS, lathe_y, side_plate
from meshforge.engines.text.kit.solids import box, rod, sphere
from meshforge.engines.text.kit.sweeps import front_disc


def build_cannon(a: Assembly) -> None:
    """A cannon: a long iron barrel with a flared muzzle on a wooden carriage with two wheels."""
    length, bore = a.vary(1.8, 0.08), a.vary(0.16, 0.1)
    wheel_r = a.vary(0.45, 0.08)
    metal = BRASS if a.mentions("bronze", "brass", "gold") else a.pick((IRON, IRON, BRASS))
    axle_y = 0.1
    elevation = a.between(5, 15)
    # the barrel, breech at the back (+Y), muzzle to the front (-Y), trunnions on the axle line
    profile = [
        (0.0, -0.12),
        (bore * 0.6, -0.12),
        (bore * 1.25, 0.0),
        (bore * 1.2, length * 0.35),
        (bore * 1.0, length * 0.4),
        (bore * 0.82, length * 0.92),
        (bore * 1.0, length * 0.95),
        (bore * 1.0, length),
        (bore * 0.45, length),
        (bore * 0.45, length * 0.9),
        (0.0, length * 0.9),
    ]
    barrel = lathe_y(profile, a.segments(bore * 1.2), (0, 0, 0)).translate((0, length * 0.35, 0))
    knob = sphere(bore * 0.5, 12, (0, length * 0.35 + 0.16, 0))
    height = wheel_r + 0.15
    for solid in (barrel, knob):
        a.add(solid.rotate((-elevation, 0, 0)).translate((0, axle_y, height)), "barrel", metal)
    a.add(rod((-0.3, axle_y, height), (0.3, axle_y, height), bore * 0.35, 12), "barrel", metal)
    wood = a.pick(WOODS)
    cheek_len = length * 0.75
    back_y = axle_y + cheek_len
    # the cheeks seen from the side: high at the axle, sloping down to the trail on the ground
    cheek = [
        (axle_y - 0.2, height - 0.3),
        (back_y, 0.0),
        (back_y, 0.14),
        (axle_y + 0.15, height + 0.05),
        (axle_y - 0.2, height + 0.05),
    ]
    for sx in (-1, 1):
        a.add(side_plate(cheek, 0.08, sx * 0.24), "carriage", wood, Tier.SECONDARY)
        x = sx * 0.36
        a.add(
            front_disc(wheel_r, 0.07, a.segments(wheel_r), 0, 0)
            .rotate((0, 0, 90))
            .translate((x, axle_y, wheel_r)),
            "wheel",
            wood,
            Tier.SECONDARY,
        )
        a.add(
            front_disc(wheel_r * 0.2, 0.12, 16, 0, 0)
            .rotate((0, 0, 90))
            .translate((x, axle_y, wheel_r)),
            "wheel",
            IRON,
            Tier.FIXED,
        )
    a.add(
        rod((-0.42, axle_y, wheel_r), (0.42, axle_y, wheel_r), 0.04, 12), "axle", IRON, Tier.FIXED
    )
    a.add(
        box((0.5, 0.12, 0.12), (0, axle_y + cheek_len * 0.85, 0.07)),
        "carriage",
        wood,
        Tier.SECONDARY,
    )
    if a.maybe("cannonball", 0.5, "balls"):
        # a little pyramid of shot resting against the trail, the balls pressed into each other
        b = bore * 0.9
        y = back_y + b * 0.75
        for x, z in ((-b * 0.95, b), (b * 0.95, b), (0.0, b * 2.6)):
            a.add(sphere(b, 16, (x, y, z)), "cannonball", IRON, Tier.FIXED)


TEMPLATE = Template(
    "cannon",
    build_cannon,
    1.2,
    description="an old iron cannon on a wooden carriage with two big wheels",
    synonyms=("cannons", "pirate cannon", "field cannon", "artillery", "howitzer", "old cannon"),
    kinds=("civil war cannon", "mortar cannon"),
    not_claimed=("water cannon", "cannon ball"),
    parts=("barrel", "carriage", "wheel", "axle", "cannonball"),
    aliases={"wheels": "wheel", "muzzle": "barrel", "balls": "cannonball", "ball": "cannonball"},
)
