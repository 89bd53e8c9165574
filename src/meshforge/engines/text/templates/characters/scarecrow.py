"""A scarecrow: a stuffed shirt and trousers hung on a wooden cross, arms out straight, a sack
head with a stitched face under a straw hat, straw poking out at the cuffs and collar."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import SKINS, Figure, brimmed_hat, set_face
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import Vec3, box, capsule, cylinder, rod, rounded_box, sphere

SHIRTS: tuple[RGB, ...] = ((180, 60, 45), (70, 100, 150), (200, 170, 80), (110, 130, 80))
TROUSERS: tuple[RGB, ...] = ((70, 85, 120), (110, 90, 65), (90, 95, 70))
SACKING: tuple[RGB, ...] = ((210, 185, 135), (195, 170, 120))
STRAW: RGB = (230, 200, 110)
STITCH: RGB = (40, 35, 30)


def straw_tuft(a: Assembly, at: Vec3, direction: Vec3, size: float) -> None:
    """A fan of straw strands poking out at ``at`` along ``direction``."""
    for k in range(4):
        spread = (k - 1.5) * 0.5
        tip = (
            at[0] + direction[0] * size + spread * size * 0.4 * (1 - abs(direction[0])),
            at[1] + direction[1] * size + spread * size * 0.3,
            at[2] + direction[2] * size + spread * size * 0.4 * abs(direction[0]),
        )
        a.add(rod(at, tip, size * 0.08, 6, size * 0.02), "straw", STRAW, Tier.FIXED)


def build_scarecrow(a: Assembly) -> None:
    """A stuffed shirt and trousers on a wooden cross, a sack head and a straw hat."""
    s = a.vary(1.0, 0.06)
    wood = a.color("pole", WOODS, Tier.FIXED)
    shoulder_z, waist_z = 1.55 * s, 1.1 * s
    a.add(rod((0, 0.06 * s, 0), (0, 0.06 * s, 1.95 * s), 0.04 * s, 10), "pole", wood, Tier.FIXED)
    span = 0.78 * s
    a.add(
        rod((-span, 0.05 * s, shoulder_z), (span, 0.05 * s, shoulder_z), 0.035 * s, 10),
        "pole",
        wood,
        Tier.FIXED,
    )
    shirt = a.color("body", SHIRTS)
    a.add(
        rounded_box(
            (0.42 * s, 0.24 * s, shoulder_z - waist_z + 0.1 * s),
            0.08 * s,
            12,
            (0, 0, (shoulder_z + waist_z) / 2),
        ),
        "body",
        shirt,
    )
    reach = span * 0.85
    for side in (-1, 1):
        arm = capsule(
            (side * 0.18 * s, 0, shoulder_z - 0.02 * s),
            (side * reach, 0, shoulder_z - 0.04 * s),
            0.065 * s,
            12,
            0.075 * s,
        )
        a.add(arm, "arm", shirt)
        straw_tuft(a, (side * reach, 0, shoulder_z - 0.04 * s), (side * 1.0, 0, -0.3), 0.14 * s)
    trousers = a.color("leg", TROUSERS, Tier.SECONDARY)
    low = 0.5 * s
    for side in (-1, 1):
        leg = capsule(
            (side * 0.1 * s, 0, waist_z + 0.02 * s),
            (side * 0.13 * s, -0.02 * s, low),
            0.08 * s,
            12,
            0.09 * s,
        )
        a.add(leg, "leg", trousers)
        straw_tuft(a, (side * 0.13 * s, -0.02 * s, low), (side * 0.2, 0, -1.0), 0.14 * s)
    a.add(
        cylinder(0.22 * s, 0.08 * s, 16, (0, 0, waist_z - 0.02 * s)).scale((1, 0.65, 1)),
        "rope",
        STRAW,
        Tier.FIXED,
    )
    head_r = 0.15 * s
    head = (0.0, 0.0, shoulder_z + 0.1 * s + head_r * 0.85)
    sack = a.color("head", SACKING, Tier.FIXED)
    a.add(
        sphere(head_r, a.segments(head_r)).scale((1.0, 0.95, 1.05)).translate(head),
        "head",
        sack,
        Tier.FIXED,
    )
    a.add(cylinder(0.07 * s, 0.08 * s, 12, (0, 0, shoulder_z + 0.02 * s)), "head", sack, Tier.FIXED)
    straw_tuft(a, (0, -0.02 * s, shoulder_z + 0.07 * s), (0, -0.6, 0.2), 0.1 * s)
    set_face(a, head, head_r, STITCH)
    # a stitched grin: short dark dashes along a smile
    for k in range(5):
        turn = math.radians(-30 + 15 * k)
        drop = 0.35 + 0.1 * math.cos(turn * 2)
        spot = (
            head[0] + head_r * 0.55 * math.sin(turn),
            head[1] - head_r * 0.8,
            head[2] - head_r * drop,
        )
        a.add(box((head_r * 0.13, head_r * 0.2, head_r * 0.05), spot), "mouth", STITCH, Tier.FIXED)
    if a.wants("hat"):
        figure = Figure(
            s,
            head,
            head_r,
            ((-reach, 0, shoulder_z), (reach, 0, shoulder_z)),
            shoulder_z,
            waist_z,
            -0.12 * s,
            shirt,
            SKINS[0],
        )
        brimmed_hat(
            a,
            figure,
            a.between(2.1, 2.5),
            head_r * a.between(0.6, 0.9),
            ((215, 185, 110), (120, 90, 60)),
        )


TEMPLATE = Template(
    "scarecrow",
    build_scarecrow,
    2.1,
    description="a farm scarecrow: straw-stuffed old clothes on a wooden cross, in a straw hat",
    synonyms=("scarecrows", "scare crow", "straw man", "strawman"),
    kinds=("halloween scarecrow", "field scarecrow"),
    parts=("pole", "body", "arm", "leg", "straw", "rope", "head", "eye", "mouth", "hat"),
    aliases={
        "shirt": "body",
        "trousers": "leg",
        "pants": "leg",
        "cross": "pole",
        "stick": "pole",
        "face": "head",
        "sack": "head",
        "belt": "rope",
    },
)
