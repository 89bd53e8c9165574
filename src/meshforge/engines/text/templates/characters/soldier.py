"""A soldier: camouflage-green fatigues, round combat helmet, boots, backpack and a rifle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, rounded_box, union

FATIGUES: tuple[RGB, ...] = ((85, 100, 60), (110, 105, 75), (70, 80, 60), (150, 130, 95))
GUN: RGB = (40, 40, 42)
STOCK: RGB = (110, 75, 45)


def build_soldier(a: Assembly) -> None:
    """A soldier: camouflage-green fatigues, round combat helmet, boots, backpack and a rifle."""
    kit = a.pick(FATIGUES)
    f = build_figure(a, Outfit(top=kit, bottom=kit, hair=None, pose="hold", girth=1.05))
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("helmet"):
        helmet = union(
            [
                dome(
                    (r * 1.2, r * 1.25, r * 1.05), a.segments(r), (hx, hy + r * 0.05, hz + r * 0.05)
                ),
                cylinder(r * 1.3, r * 0.06, a.segments(r), (hx, hy + r * 0.05, hz + r * 0.05)),
            ]
        )
        a.add(helmet, "helmet", kit, Tier.PRIMARY)
    if a.wants("backpack"):
        pack = rounded_box(
            (0.34 * s, 0.18 * s, 0.42 * s), 0.05 * s, 12, (0, 0.18 * s, f.shoulder_z - 0.22 * s)
        )
        a.add(pack, "backpack", kit, Tier.PRIMARY)
    belt = cylinder(0.22 * s, 0.06 * s, a.segments(0.22), (0, 0, f.waist_z)).scale((1, 0.7, 1))
    a.add(belt, "belt", (50, 45, 35), Tier.FIXED)
    for side in (-1, 1):
        a.add(
            box(
                (0.08 * s, 0.05 * s, 0.1 * s),
                (side * 0.1 * s, f.chest_y - 0.02 * s, f.waist_z + 0.08 * s),
            ),
            "pouch",
            (60, 55, 40),
            Tier.FIXED,
        )
    if a.wants("rifle"):
        right, left = f.hands
        z = (right[2] + left[2]) / 2
        y = right[1] - 0.02 * s
        a.add(
            box((0.05 * s, 0.7 * s, 0.07 * s), (0, y - 0.1 * s, z + 0.03 * s)),
            "rifle",
            GUN,
            Tier.FIXED,
        )
        a.add(
            rod((0, y - 0.45 * s, z + 0.02 * s), (0, y - 0.75 * s, z + 0.06 * s), 0.012 * s, 8),
            "rifle",
            GUN,
            Tier.FIXED,
        )
        a.add(
            box((0.045 * s, 0.22 * s, 0.1 * s), (0, y + 0.3 * s, z - 0.02 * s)),
            "rifle",
            STOCK,
            Tier.FIXED,
        )
        a.add(
            box((0.04 * s, 0.05 * s, 0.14 * s), (0, y - 0.05 * s, z - 0.07 * s)),
            "rifle",
            GUN,
            Tier.FIXED,
        )
        for hand in (right, left):
            a.add(
                box((abs(hand[0]) + 0.02 * s, 0.05 * s, 0.04 * s), (hand[0] / 2, hand[1], hand[2])),
                "arm",
                kit,
            )


TEMPLATE = Template(
    "soldier",
    build_soldier,
    1.9,
    description="a military soldier in green camouflage uniform with a combat helmet and rifle",
    synonyms=("army man", "infantryman", "trooper", "commando", "army soldier"),
    kinds=("toy soldier", "paratrooper", "sniper", "rifleman"),
    parts=(*FIGURE_PARTS, "helmet", "backpack", "belt", "pouch", "rifle"),
    aliases={**FIGURE_ALIASES, "gun": "rifle", "camo": "body", "fatigues": "body"},
)
