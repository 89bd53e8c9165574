"""A grasshopper: a long green body, a blunt head with big eyes and long feelers, wings
folded along its back, four small front legs and two big jumping legs with high knees."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

GREENS: tuple[RGB, ...] = ((110, 160, 60), (130, 170, 70), (150, 140, 80))
CRICKET: RGB = (70, 50, 35)
WING: RGB = (120, 140, 70)


def build_grasshopper(a: Assembly) -> None:
    """A grasshopper: a long body, big eyes, feelers, folded wings, big jumping hind legs."""
    k = a.vary(1.0, 0.08)
    mm = 0.001 * k  # every length below is in millimetres of a field grasshopper, times this
    dark = a.mentions("cricket", "crickets")
    skin = CRICKET if dark else a.pick(GREENS)
    z = 6.0 * mm
    thorax = ellipsoid(
        (2.6 * mm, 4.5 * mm, 3.0 * mm), a.segments(3 * mm), (0, -5.0 * mm, z + 0.8 * mm)
    )
    abdomen = ellipsoid(
        (2.4 * mm, 11.0 * mm, 2.6 * mm), a.segments(3 * mm), (0, 8.0 * mm, z + 0.3 * mm)
    )
    a.add(union([thorax, abdomen.rotate((4, 0, 0))]), "body", skin)
    head: Vec3 = (0.0, -11.0 * mm, z + 1.5 * mm)
    skull = ellipsoid((2.5 * mm, 2.6 * mm, 3.4 * mm), a.segments(3 * mm)).rotate((-15, 0, 0))
    skull = skull.translate(head)
    a.add(skull, "head", skin)
    feelers = []
    for side in (-1, 1):
        eye = (side * 2.1 * mm, head[1] - 0.2 * mm, head[2] + 1.3 * mm)
        a.add(sphere(1.0 * mm, 10, eye), "eye", EYE, Tier.FIXED)
        root = (side * 0.9 * mm, head[1] - 1.6 * mm, head[2] + 2.2 * mm)
        reach = 24.0 if dark else 12.0  # crickets and katydids carry very long feelers
        tip = (side * 5.0 * mm, head[1] + reach * 0.3 * mm, head[2] + reach * 0.9 * mm)
        feelers.append(capsule(root, tip, 0.3 * mm, 8, 0.15 * mm))
    a.add(union(feelers), "antenna", skin)
    if a.wants("wing"):
        # wings folded flat along the back, like a closed tent
        for side in (-1, 1):
            wing = ellipsoid((1.4 * mm, 10.5 * mm, 0.6 * mm), 16).rotate((4, side * 25, 0))
            a.add(
                wing.translate((side * 1.3 * mm, 5.0 * mm, z + 2.6 * mm)),
                "wing",
                WING if not dark else skin,
            )
    legs = []
    for hip_y, foot_y in ((-7.0, -12.0), (-4.0, -2.0)):  # four small walking legs
        for side in (-1, 1):
            hip: Vec3 = (side * 1.8 * mm, hip_y * mm, z - 0.8 * mm)
            knee: Vec3 = (side * 5.0 * mm, (hip_y + foot_y) * 0.5 * mm, z + 0.8 * mm)
            foot: Vec3 = (side * 6.5 * mm, foot_y * mm, 0.4 * mm)
            legs += [capsule(hip, knee, 0.45 * mm, 8), capsule(knee, foot, 0.4 * mm, 8, 0.3 * mm)]
    for side in (-1, 1):  # the jumping legs: a thick thigh up to a knee high over the back
        hip = (side * 2.0 * mm, -1.5 * mm, z - 0.5 * mm)
        knee = (side * 4.2 * mm, 11.0 * mm, z + 6.0 * mm)
        foot = (side * 5.0 * mm, 4.0 * mm, 0.4 * mm)
        legs += [
            capsule(hip, knee, 1.3 * mm, 10, 0.6 * mm),
            capsule(knee, foot, 0.45 * mm, 8, 0.3 * mm),
        ]
    a.add(union(legs), "leg", skin)


TEMPLATE = Template(
    "grasshopper",
    build_grasshopper,
    0.014,
    description="a green jumping insect with long folded hind legs and long feelers",
    synonyms=("grasshoppers", "cricket", "crickets", "locust", "locusts"),
    kinds=("katydid", "field cricket", "house cricket", "bush cricket"),
    parts=("body", "head", "eye", "antenna", "wing", "leg"),
    aliases={
        "feelers": "antenna",
        "antennae": "antenna",
        "wings": "wing",
        "legs": "leg",
        "feet": "leg",
    },
)
