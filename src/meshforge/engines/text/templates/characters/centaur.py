"""A centaur: a man's torso, arms and head rising from the chest of a horse, holding a bow."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    SKINS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rounded_box
from meshforge.engines.text.kit.sweeps import tube

COATS: tuple[RGB, ...] = (
    (120, 75, 45),
    (90, 60, 40),
    (160, 120, 80),
    (60, 50, 45),
    (200, 195, 185),
)
HOOF: RGB = (45, 40, 38)


def build_centaur(a: Assembly) -> None:
    """A centaur: a man's torso, arms and head rising from the chest of a horse, holding a bow."""
    coat = a.pick(COATS)
    skin = a.pick(SKINS)
    hair = a.pick(HAIRS)
    # the horse's back sits at the man's hips, so his torso rises straight out of its chest
    f = build_figure(
        a, Outfit(top=skin, bottom=coat, skin=skin, hair=hair, legs=False, pose="hold", height=1.15)
    )
    s = f.scale
    hip = f.waist_z
    length = 1.2 * a.vary(1.0, 0.06)
    girth = 0.27 * a.vary(1.0, 0.06)
    z = hip - girth * 0.55
    chest = ellipsoid((girth * 1.0, length * 0.25, girth * 1.05), a.segments(girth), (0, 0.05, z))
    rump = ellipsoid((girth * 0.95, length * 0.3, girth), a.segments(girth), (0, length * 0.75, z))
    a.add(Manifold.batch_hull([chest, rump]), "horse", coat)
    a.add(
        rounded_box((0.34 * s, 0.22 * s, 0.3 * s), 0.08 * s, 12, (0, 0, hip - 0.05 * s)),
        "body",
        skin,
        Tier.FIXED,
    )
    leg_r = girth * 0.22
    for y in (0.05, length * 0.8):
        for sx in (-1, 1):
            top = (sx * girth * 0.5, y, z - girth * 0.3)
            knee = (sx * girth * 0.5, y - 0.03, z * 0.45)
            foot = (sx * girth * 0.5, y, leg_r * 0.8)
            a.add(capsule(top, knee, leg_r * 1.2, a.segments(leg_r), leg_r), "horse leg", coat)
            a.add(capsule(knee, foot, leg_r, a.segments(leg_r), leg_r * 0.8), "horse leg", coat)
            a.add(
                capsule((foot[0], foot[1], leg_r * 0.6), (foot[0], foot[1], 0.0), leg_r * 1.1, 12),
                "hoof",
                HOOF,
                Tier.FIXED,
            )
    if a.wants("tail"):
        root = (0, length * 1.0, z + girth * 0.4)
        a.add(
            tube(
                [root, (0, length * 1.15, z), (0, length * 1.2, z - girth * 1.5)],
                girth * 0.18,
                12,
                girth * 0.1,
            ),
            "tail",
            hair,
        )
    if a.maybe("beard", 0.5):
        beard(a, f, hair, 0.8)
    _right, left = f.hands
    if a.wants("bow"):
        bow = tube(
            [
                (left[0] + 0.02, left[1] - 0.1 * s, left[2] + 0.55 * s),
                (left[0] + 0.05, left[1] - 0.05 * s, left[2]),
                (left[0] + 0.02, left[1] - 0.1 * s, left[2] - 0.55 * s),
            ],
            0.015 * s,
            8,
        )
        a.add(bow, "bow", WOODS, Tier.FIXED)


TEMPLATE = Template(
    "centaur",
    build_centaur,
    2.2,
    description="a mythical creature with a man's upper body on the body and four legs of a horse",
    synonyms=("centaurs", "half man half horse", "horse man", "centaur archer"),
    kinds=("sagittarius",),
    parts=(*FIGURE_PARTS, "horse", "horse leg", "hoof", "tail", "beard", "bow"),
    aliases={
        **FIGURE_ALIASES,
        "hooves": "hoof",
        "horse body": "horse",
        "coat": "horse",
        "legs": "horse leg",
    },
)
