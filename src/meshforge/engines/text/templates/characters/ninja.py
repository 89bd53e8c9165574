"""A ninja: black wrapped suit and hood with an eye slit, a belt, and a katana on the back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    EYES,
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, cylinder, on_sphere, rod, sphere
from meshforge.engines.text.kit.sweeps import tube

SUITS: tuple[RGB, ...] = ((30, 30, 34), (35, 35, 50), (55, 30, 30))
SASH: tuple[RGB, ...] = ((180, 30, 35), (60, 60, 65), (40, 80, 160))
BLADE: RGB = (205, 208, 214)


def build_ninja(a: Assembly) -> None:
    """A ninja: black wrapped suit and hood with an eye slit, a belt, and a katana on the back."""
    suit = a.pick(SUITS)
    f = build_figure(
        a, Outfit(top=suit, bottom=suit, shoes=suit, hair=None, pose="hold", girth=0.95)
    )
    s, head, r = f.scale, f.head, f.head_r
    a.add(sphere(r * 1.06, a.segments(r), head), "hood", suit)
    slit = box((r * 1.2, r * 0.5, r * 0.32), (head[0], head[1] - r * 0.85, head[2] + r * 0.1))
    a.add(slit, "head", f.skin, Tier.FIXED)
    for side in (-1, 1):
        eye = on_sphere(head, r, side * 22, 8, -r * 0.12)
        a.add(sphere(r * 0.09, 8, (eye[0], eye[1] - r * 0.02, eye[2])), "eye", EYES, Tier.FIXED)
    sash = a.pick(SASH)
    a.add(
        cylinder(0.215 * s, 0.07 * s, a.segments(0.22), (0, 0, f.waist_z)).scale((1, 0.68, 1)),
        "belt",
        sash,
        Tier.FIXED,
    )
    tails = [
        (0.03 * s, r * 0.9, head[2] + r * 0.35),
        (0.1 * s, r * 1.6, head[2] - r * 0.1),
        (0.16 * s, r * 2.0, head[2] - r * 0.7),
    ]
    a.add(tube(tails, r * 0.12, 8, r * 0.06), "headband", sash, Tier.FIXED)
    a.add(
        cylinder(r * 1.08, r * 0.25, a.segments(r), (head[0], head[1], head[2] + r * 0.25)),
        "headband",
        sash,
        Tier.FIXED,
    )
    if a.wants("sword"):
        base = (0.2 * s, 0.13 * s, f.waist_z + 0.02 * s)
        tip = (-0.28 * s, 0.13 * s, f.shoulder_z + 0.45 * s)
        grip = (-0.16 * s, 0.13 * s, f.shoulder_z + 0.2 * s)
        a.add(rod(base, grip, 0.03 * s, 8), "sword", (20, 20, 22), Tier.FIXED)
        a.add(rod(grip, tip, 0.025 * s, 8), "sword", (170, 30, 30), Tier.FIXED)
    if a.wants("star") and (a.mentions("shuriken", "star", "throwing") or a.chance(0.5)):
        hand = f.hands[1]
        star = cylinder(0.08 * s, 0.01 * s, 4, (0, 0, 0)).rotate((90, 0, 0))
        star2 = star.rotate((0, 45, 0))
        for piece in (star, star2):
            a.add(
                piece.translate((hand[0], hand[1] - 0.045 * s, hand[2])), "star", BLADE, Tier.FIXED
            )


TEMPLATE = Template(
    "ninja",
    build_ninja,
    1.9,
    description="a stealthy warrior dressed all in black with a hood, mask and katana",
    synonyms=("shinobi", "assassin"),
    kinds=("kunoichi",),
    not_claimed=("ninja star",),
    parts=(*FIGURE_PARTS, "hood", "belt", "headband", "sword", "star"),
    aliases={
        **FIGURE_ALIASES,
        "mask": "hood",
        "katana": "sword",
        "shuriken": "star",
        "sash": "belt",
    },
)
