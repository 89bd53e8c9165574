"""A clock tower: a tall square stone tower with a clock face on each side, a belfry and a spire."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import SPIRES, STONES
from meshforge.engines.text.kit.palettes import DARK_TRIM, GOLD
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import front_disc

FACE: RGB = (245, 240, 225)


def build_clock_tower(a: Assembly) -> None:
    """A clock tower: a tall square stone tower with a clock face on each side, a belfry and a
    spire."""
    side, height = a.vary(4.0, 0.1), a.vary(22.0, 0.12)
    stone = a.pick((*STONES, (185, 160, 110)))
    spire = a.pick(SPIRES)
    a.add(box((side * 1.15, side * 1.15, 1.2), (0, 0, 0.6)), "base", stone)
    a.add(box((side, side, height), (0, 0, height / 2)), "tower", stone)
    for k in range(4):  # pilaster strips up the corners
        x, y = (side / 2) * (1 if k % 2 else -1), (side / 2) * (1 if k // 2 else -1)
        a.add(box((0.5, 0.5, height), (x, y, height / 2)), "tower", stone)
    clock_z = height - side * 0.9
    face_r = side * 0.36
    a.add(box((side * 1.1, side * 1.1, side * 1.3), (0, 0, clock_z)), "tower", stone)
    face_y = -side * 0.55 - 0.15 - 0.02  # just proud of the clock face, so hands and marks join it
    for turn in range(4):
        face = front_disc(face_r, 0.3, a.segments(face_r), 0, clock_z, -side * 0.55)
        a.add(face.rotate((0, 0, 90 * turn)), "clock face", FACE, Tier.FIXED)
        ring = front_disc(face_r * 1.12, 0.2, a.segments(face_r), 0, clock_z, -side * 0.53)
        a.add(ring.rotate((0, 0, 90 * turn)), "clock face", GOLD, Tier.FIXED)
        hour, minute = a.between(0, 360), a.between(0, 360)
        for angle, reach in ((hour, 0.5), (minute, 0.8)):
            t = math.radians(angle)
            hand = rod(
                (0, face_y, clock_z),
                (face_r * reach * math.sin(t), face_y, clock_z + face_r * reach * math.cos(t)),
                0.08,
                6,
            )
            a.add(hand.rotate((0, 0, 90 * turn)), "hand", DARK_TRIM, Tier.FIXED)
        for h in range(12):
            t = math.radians(30 * h)
            mark = box((0.12, 0.1, 0.35)).rotate((0, math.degrees(t), 0))
            spot = (face_r * 0.82 * math.sin(t), face_y, clock_z + face_r * 0.82 * math.cos(t))
            a.add(mark.translate(spot).rotate((0, 0, 90 * turn)), "hand", DARK_TRIM, Tier.FIXED)
    belfry = height + side * 0.15
    a.add(box((side * 1.2, side * 1.2, 0.4), (0, 0, height)), "tower", stone)
    for k in range(4):
        x, y = (side / 2 - 0.3) * (1 if k % 2 else -1), (side / 2 - 0.3) * (1 if k // 2 else -1)
        a.add(box((0.6, 0.6, side * 0.9), (x, y, belfry + side * 0.3)), "belfry", stone)
    top = belfry + side * 0.75
    a.add(box((side * 1.1, side * 1.1, 0.5), (0, 0, top)), "belfry", stone)
    a.add(
        cylinder(side * 0.78, side * 1.6, 4, (0, 0, top + 0.25), 0.0).rotate((0, 0, 45)),
        "spire",
        spire,
        Tier.SECONDARY,
    )
    a.add(
        rod((0, 0, top + side * 1.5), (0, 0, top + side * 2.1), 0.08, 6), "spire", GOLD, Tier.FIXED
    )


TEMPLATE = Template(
    "clock tower",
    build_clock_tower,
    28.0,
    description="a tall stone tower with a big clock face on every side and a pointed spire",
    synonyms=("clocktower", "big ben", "elizabeth tower", "town clock tower"),
    kinds=("belfry", "clock turret", "gothic clock tower"),
    parts=("base", "tower", "clock face", "hand", "belfry", "spire"),
    aliases={
        "clock": "clock face",
        "face": "clock face",
        "hands": "hand",
        "roof": "spire",
        "stone": "tower",
    },
)
