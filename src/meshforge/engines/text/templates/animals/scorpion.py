"""A scorpion: a flat armoured body on eight legs, two pincers, a stinger curled overhead."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.bugs import jointed_legs
from meshforge.engines.text.kit.creatures import HORN_DARK
from meshforge.engines.text.kit.crustaceans import arc, pincer, plated_tail
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, union

SHELLS: tuple[RGB, ...] = ((30, 28, 30), (185, 140, 70), (120, 80, 45), (60, 45, 35))


def build_scorpion(a: Assembly) -> None:
    """A scorpion: a flat armoured body on eight legs, two pincers, a stinger curled overhead."""
    s = a.vary(1.0, 0.08)  # about 0.12 m long without the tail
    shell = a.pick(SHELLS)
    z = 0.018 * s
    head: Vec3 = (0.0, -0.035 * s, z)
    front = ellipsoid((0.018 * s, 0.024 * s, 0.009 * s), a.segments(0.02 * s), head)
    path: list[Vec3] = [(0.0, (-0.02 + 0.013 * i) * s, z) for i in range(6)]
    a.add(union([front, plated_tail(path, 0.02 * s, 0.016 * s, 1.8)]), "body", shell)
    set_eyes(a, (0.0, head[1] + 0.004 * s, z + 0.002 * s), 0.008 * s, 20, 40, 0.2)
    if a.wants("tail"):
        lift = a.between(-10, 10)
        curl = arc((0.0, 0.05 * s, z + 0.035 * s), 0.035 * s, -100, 140 + lift, 7)
        a.add(plated_tail(curl, 0.0075 * s, 0.0055 * s, 1.0), "tail", shell)
        tip = curl[-1]
        bulb = ellipsoid(
            (0.006 * s, 0.009 * s, 0.006 * s), 12, (tip[0], tip[1] - 0.005 * s, tip[2] - 0.002 * s)
        )
        barb = capsule(
            (tip[0], tip[1] - 0.012 * s, tip[2] - 0.002 * s),
            (tip[0], tip[1] - 0.016 * s, tip[2] - 0.012 * s),
            0.0022 * s,
            8,
            0.0006 * s,
        )
        a.add(bulb, "tail", shell)
        a.add(barb, "stinger", HORN_DARK, Tier.FIXED)
    if a.wants("claw"):
        claws = [
            pincer((side * 0.012 * s, -0.05 * s, z), 0.07 * s, side, 0.004 * s, 1.1)
            for side in (-1, 1)
        ]
        a.add(union(claws), "claw", shell)
    hips = [-0.035 * s, -0.022 * s, -0.009 * s, 0.004 * s]
    a.add(jointed_legs(hips, 0.014 * s, z, 0.05 * s, z + 0.018 * s, 0.0022 * s, 0.45), "leg", shell)


TEMPLATE = Template(
    "scorpion",
    build_scorpion,
    0.07,
    description="a desert creature with eight legs, two pincers and a stinger curled over its back",
    synonyms=("scorpions", "desert scorpion", "emperor scorpion", "black scorpion"),
    kinds=("baby scorpion",),
    parts=("body", "tail", "stinger", "claw", "leg", "eye"),
    aliases={
        "pincer": "claw",
        "pincers": "claw",
        "claws": "claw",
        "sting": "stinger",
        "legs": "leg",
    },
)
