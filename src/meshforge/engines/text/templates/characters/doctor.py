"""A doctor: long white lab coat over scrubs, a stethoscope round the neck and a clipboard."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, cylinder, sphere
from meshforge.engines.text.kit.sweeps import tube

COAT: RGB = (245, 246, 248)
SCRUBS: tuple[RGB, ...] = ((70, 140, 170), (60, 110, 90), (60, 80, 140))
TUBE: RGB = (35, 35, 40)
STEEL: RGB = (200, 204, 210)
CLIPBOARD: RGB = (140, 100, 60)
PAPER: RGB = (250, 250, 250)


def build_doctor(a: Assembly) -> None:
    """A doctor: long white lab coat over scrubs, a stethoscope round the neck and a clipboard."""
    f = build_figure(
        a, Outfit(top=COAT, bottom=SCRUBS, hair=HAIRS, coat=a.between(0.45, 0.6), pose="hold")
    )
    s, cy = f.scale, f.chest_y
    top = f.shoulder_z + 0.02 * s
    a.add(
        box((0.1 * s, 0.03 * s, 0.3 * s), (0, cy, top - 0.17 * s)), "scrubs", SCRUBS, Tier.SECONDARY
    )
    if a.wants("stethoscope"):
        for side in (-1, 1):
            path = [
                (side * 0.09 * s, 0.02 * s, top),
                (side * 0.1 * s, cy - 0.01 * s, top - 0.12 * s),
                (side * 0.06 * s, cy - 0.02 * s, top - 0.3 * s),
            ]
            a.add(tube(path, 0.012 * s, 8), "stethoscope", TUBE, Tier.FIXED)
        a.add(
            cylinder(0.035 * s, 0.02 * s, 12, (0.06 * s, cy - 0.02 * s, top - 0.33 * s)),
            "stethoscope",
            STEEL,
            Tier.FIXED,
        )
        a.add(
            sphere(0.015 * s, 8, (-0.06 * s, cy - 0.02 * s, top - 0.3 * s)),
            "stethoscope",
            STEEL,
            Tier.FIXED,
        )
    if a.wants("clipboard"):
        hand = f.hands[1]
        board = box(
            (0.22 * s, 0.02 * s, 0.3 * s),
            (hand[0] - 0.05 * s, hand[1] - 0.05 * s, hand[2] + 0.08 * s),
        )
        a.add(board.rotate((0, 0, 0)), "clipboard", CLIPBOARD, Tier.FIXED)
        a.add(
            box(
                (0.18 * s, 0.01 * s, 0.24 * s),
                (hand[0] - 0.05 * s, hand[1] - 0.062 * s, hand[2] + 0.07 * s),
            ),
            "clipboard",
            PAPER,
            Tier.FIXED,
        )
    a.add(
        box((0.08 * s, 0.03 * s, 0.02 * s), (0.12 * s, cy - 0.005, top - 0.14 * s)),
        "pocket",
        (60, 90, 180),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "doctor",
    build_doctor,
    1.9,
    description="a medical doctor in a white lab coat with a stethoscope around the neck",
    synonyms=("physician", "surgeon", "medic", "nurse", "scientist", "lab technician"),
    kinds=("gp", "paediatrician", "pediatrician", "chemist"),
    not_claimed=("plague doctor", "doctor who", "witch doctor"),
    parts=(*FIGURE_PARTS, "scrubs", "stethoscope", "clipboard", "pocket"),
    aliases={**FIGURE_ALIASES, "lab coat": "body", "labcoat": "body"},
)
