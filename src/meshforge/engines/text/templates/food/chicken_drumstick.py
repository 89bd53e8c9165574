"""A chicken drumstick: a plump browned teardrop of meat on a bone ending in a round knuckle."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import capsule, sphere, union
from meshforge.engines.text.kit.vegetables import lumps

ROASTED: tuple[RGB, ...] = ((185, 110, 50), (170, 95, 45), (195, 125, 60))
FRIED: tuple[RGB, ...] = ((215, 150, 60), (205, 135, 50))


def build_drumstick(a: Assembly) -> None:
    """A chicken drumstick: a plump browned teardrop of meat on a bone with a round knuckle."""
    length, radius = a.vary(0.11, 0.1), a.vary(0.028, 0.1)
    fried = a.mentions("fried", "crispy", "breaded", "battered")

    def radius_at(z: float) -> float:
        t = z / length
        # a round end swelling out, then drawing in to hug the bone
        return float(
            radius * math.sin(math.pi * min(1.0, t * 1.05) ** 0.75) ** 0.8 * (1.15 - 0.5 * t)
        )

    meat = turned(radius_at, length, a.segments(radius))
    if fried:
        meat = meat.warp_batch(lumps(a, 0.06, 90.0))
    tilt = a.between(12, 20)  # the bone end rests raised off the plate
    # lathed up Z; turned to lie along +X, the round end at the origin, then tipped up
    pose = (0, 90 - tilt, a.between(-30, 30))
    lift = (0.0, 0.0, radius * 0.95)
    a.add(meat.rotate(pose).translate(lift), "meat", FRIED if fried else ROASTED)
    if a.wants("bone"):
        bone_r = radius * 0.2
        start, end = length * 0.75, length * 1.28
        shaft = capsule((0, 0, start), (0, 0, end), bone_r, 12)
        knuckle = [sphere(bone_r * 1.6, 16, (side * bone_r * 1.1, 0, end)) for side in (-1, 1)]
        bone = union([shaft, *knuckle]).rotate(pose).translate(lift)
        a.add(bone, "bone", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "chicken drumstick",
    build_drumstick,
    0.05,
    description="a roasted or fried chicken leg: a plump piece of meat on a bone",
    synonyms=(
        "drumstick",
        "drumsticks",
        "chicken leg",
        "chicken drumsticks",
        "turkey leg",
        "fried chicken",
        "leg of chicken",
        "chicken thigh",
    ),
    kinds=("fried chicken leg", "roast chicken leg", "turkey drumstick"),
    not_claimed=("drumstick for a drum", "drum drumstick"),
    parts=("meat", "bone"),
    aliases={"skin": "meat", "flesh": "meat", "knuckle": "bone", "coating": "meat"},
)
