"""A safe: a heavy steel box on feet, its door with a combination dial, a spoked handle, hinges."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME, front_panel
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, rod, rounded_box, union
from meshforge.engines.text.kit.sweeps import front_disc

#: gunmetal, black, bottle green, deep red and grey steel
STEELS: tuple[RGB, ...] = ((70, 74, 80), (35, 35, 38), (40, 75, 55), (120, 30, 30), (150, 152, 156))


def build_safe(a: Assembly) -> None:
    """A safe: a heavy steel box on feet, its door with a combination dial, a handle and hinges."""
    size = a.vary(0.5, 0.2)
    width, depth, height = size, size * a.between(0.85, 1.0), size * a.between(1.0, 1.25)
    steel = a.pick(STEELS)
    trim = a.pick((GOLD, CHROME))
    foot = 0.03
    a.add(rounded_box((width, depth, height), 0.02, 12, (0, 0, foot + height / 2)), "body", steel)
    for sx in (-1, 1):
        for sy in (-1, 1):
            at = (sx * (width / 2 - 0.05), sy * (depth / 2 - 0.05), foot / 2 + 0.002)
            a.add(box((0.06, 0.06, foot + 0.004), at), "leg", (30, 30, 32), Tier.FIXED)
    front = -depth / 2
    door_w, door_h = width * 0.84, height * 0.84
    door_z = foot + height / 2
    front_panel(a, door_w, door_h, (0, door_z), front, "door", steel, 0.012, 0.01, Tier.PRIMARY)
    # a dark gap round the door shows where it opens
    front_panel(
        a,
        door_w + 0.012,
        door_h + 0.012,
        (0, door_z),
        front + 0.004,
        "seam",
        (20, 20, 22),
        0.006,
        0.01,
    )
    door_front = front - 0.012
    for dz in (-0.3, 0.3):  # hinges down the left edge
        hinge = rod(
            (-door_w / 2 - 0.006, door_front + 0.01, door_z + dz * door_h - 0.04),
            (-door_w / 2 - 0.006, door_front + 0.01, door_z + dz * door_h + 0.04),
            0.012,
            12,
        )
        a.add(hinge, "hinge", trim, Tier.FIXED)
    dial_r = size * 0.09
    dial_x, dial_z = -door_w * 0.08, door_z + door_h * 0.15
    a.add(
        front_disc(dial_r * 1.25, 0.006, 24, dial_x, dial_z, door_front - 0.002),
        "dial",
        trim,
        Tier.SECONDARY,
    )
    a.add(
        front_disc(dial_r, 0.02, 24, dial_x, dial_z, door_front - 0.012),
        "dial",
        (25, 25, 27),
        Tier.FIXED,
    )
    ticks = [
        box((0.003, 0.004, dial_r * 0.2), (0, 0, dial_r * 1.12)).rotate((0, k * 30, 0))
        for k in range(12)
    ]
    a.add(
        union(ticks).translate((dial_x, door_front - 0.006, dial_z)), "dial", trim, Tier.SECONDARY
    )
    if a.wants("handle"):  # a spoked wheel handle below-right of the dial
        hx, hz = door_w * 0.2, door_z - door_h * 0.12
        spokes = []
        hub_y = door_front - 0.04
        for k in range(3):
            angle = math.radians(90 + k * 120)
            tip = (hx + size * 0.09 * math.cos(angle), hub_y, hz + size * 0.09 * math.sin(angle))
            spokes.append(rod((hx, hub_y, hz), tip, 0.007, 8))
            spokes.append(rod(tip, (tip[0], hub_y - 0.02, tip[2]), 0.011, 10))
        spokes.append(rod((hx, door_front + 0.004, hz), (hx, hub_y - 0.006, hz), 0.014, 12))
        a.add(union(spokes), "handle", trim, Tier.FIXED)


TEMPLATE = Template(
    "safe",
    build_safe,
    0.6,
    description="a heavy locked steel safe with a combination dial for keeping valuables",
    synonyms=(
        "strongbox",
        "strong box",
        "money safe",
        "wall safe",
        "gun safe",
        "safe box",
        "vault safe",
    ),
    not_claimed=("safe house", "safe word", "safe zone"),
    parts=("body", "door", "seam", "hinge", "dial", "handle", "leg"),
    aliases={
        "lock": "dial",
        "combination": "dial",
        "wheel": "handle",
        "feet": "leg",
        "foot": "leg",
    },
    priority=1,
)
