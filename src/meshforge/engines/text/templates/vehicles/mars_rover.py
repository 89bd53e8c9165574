"""A Mars rover: a boxy body on six wheels with rocker-bogie legs, a camera mast with a head,
a dish antenna, a robot arm at the front and a power unit slanting off the back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, rounded_box
from meshforge.engines.text.kit.vehicles import DARK_METAL

BODIES: tuple[RGB, ...] = ((225, 225, 220), (205, 200, 190), (215, 190, 120))
METAL: RGB = (170, 172, 178)
WHEEL_HUB: RGB = (150, 150, 155)


def build_mars_rover(a: Assembly) -> None:
    """A boxy body on six wheels with rocker-bogie legs, a camera mast, a dish and an arm."""
    length, width = a.vary(3.0, 0.05), a.vary(2.2, 0.05)
    body = a.color("body", BODIES)
    wheel_r, deck_z = 0.26, 1.05
    a.add(rounded_box((width * 0.75, length * 0.7, 0.45), 0.05, 8, (0, 0, deck_z)), "body", body)
    a.add(
        box((width * 0.8, length * 0.74, 0.05), (0, 0, deck_z + 0.25)),
        "deck",
        METAL,
        Tier.SECONDARY,
    )
    # rocker-bogie: on each side a rocker from the body to the front wheel and a bogie behind
    ys = (-length * 0.42, 0.0, length * 0.4)
    for sx in (-1, 1):
        x = sx * width * 0.5
        pivot = (x, 0.0, deck_z - 0.05)
        bogie = (x, length * 0.2, wheel_r + 0.35)
        a.add(rod((sx * width * 0.36, 0, deck_z - 0.05), pivot, 0.05, 8), "leg", METAL, Tier.FIXED)
        a.add(rod(pivot, (x, ys[0], wheel_r + 0.1), 0.045, 8), "leg", METAL, Tier.FIXED)
        a.add(rod(pivot, bogie, 0.045, 8), "leg", METAL, Tier.FIXED)
        for y in ys[1:]:
            a.add(rod(bogie, (x, y, wheel_r + 0.1), 0.04, 8), "leg", METAL, Tier.FIXED)
        for y in ys:
            a.add(rod((x, y, wheel_r + 0.1), (x, y, wheel_r), 0.04, 8), "leg", METAL, Tier.FIXED)
            wheel(a, (x, y, wheel_r), wheel_r, 0.36, WHEEL_HUB, 0.7)
    if a.wants("mast"):
        top = (width * 0.25, -length * 0.28, deck_z + 1.3)
        a.add(rod((top[0], top[1], deck_z + 0.2), top, 0.07, 10), "mast", METAL, Tier.FIXED)
        a.add(box((0.45, 0.22, 0.22), (top[0], top[1], top[2] + 0.08)), "camera", body)
        for dx in (-0.12, 0.12):
            lens = rod(
                (top[0] + dx, top[1] - 0.1, top[2] + 0.1),
                (top[0] + dx, top[1] - 0.16, top[2] + 0.1),
                0.05,
                10,
            )
            a.add(lens, "camera", BLACK, Tier.FIXED)
    if a.wants("dish"):
        spot = (-width * 0.2, length * 0.05, deck_z + 0.2)
        a.add(rod(spot, (spot[0], spot[1], spot[2] + 0.25), 0.04, 8), "dish", METAL, Tier.FIXED)
        dish = lathe([(0.0, 0.0), (0.32, 0.1), (0.32, 0.13), (0.0, 0.04)], a.segments(0.32))
        a.add(
            dish.rotate((-30, 0, 0)).translate((spot[0], spot[1], spot[2] + 0.22)),
            "dish",
            METAL,
            Tier.FIXED,
        )
    if a.wants("arm"):
        root = (-width * 0.2, -length * 0.3, deck_z)
        elbow = (-width * 0.2, -length * 0.36 - 0.55, deck_z + 0.15)
        hand = (-width * 0.15, -length * 0.36 - 0.75, deck_z - 0.35)
        a.add(rod(root, elbow, 0.05, 8), "arm", METAL, Tier.FIXED)
        a.add(rod(elbow, hand, 0.045, 8), "arm", METAL, Tier.FIXED)
        a.add(box((0.2, 0.2, 0.2), hand), "arm", DARK_METAL, Tier.FIXED)
    if a.wants("generator"):
        base = (0, length * 0.35, deck_z + 0.05)
        a.add(
            cylinder(0.22, 0.7, 12, (0, 0, 0)).rotate((-60, 0, 0)).translate(base),
            "generator",
            DARK_METAL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "mars rover",
    build_mars_rover,
    2.4,
    description="a six-wheeled robotic mars rover like curiosity, with a camera mast, dish and arm",
    synonyms=(
        "rover",
        "mars rovers",
        "curiosity rover",
        "perseverance rover",
        "planetary rover",
        "space rover",
    ),
    not_claimed=("lunar rover",),
    parts=("body", "deck", "leg", "wheel", "hubcap", "mast", "camera", "dish", "arm", "generator"),
    aliases={
        "wheels": "wheel",
        "antenna": "dish",
        "head": "camera",
        "legs": "leg",
        "rtg": "generator",
    },
)
