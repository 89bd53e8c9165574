"""A doll: a toy girl with a big round head, rosy cheeks, pigtails and a short puffy dress."""

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
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, lathe, on_sphere, sphere

DRESSES: tuple[RGB, ...] = (
    (240, 140, 180),
    (120, 170, 230),
    (250, 220, 100),
    (200, 60, 60),
    (160, 110, 210),
)
CHEEK: RGB = (240, 140, 140)
TIGHTS: RGB = (245, 245, 240)


def build_doll(a: Assembly) -> None:
    """A doll: a toy girl with a big round head, rosy cheeks, pigtails with bows, a short puffy
    dress over white tights and red shoes, arms held out stiffly in front."""
    dress = a.pick(DRESSES)
    hair = a.pick((*HAIRS, (250, 215, 120)))
    f = build_figure(
        a,
        Outfit(
            top=dress,
            bottom=TIGHTS,
            shoes=(200, 40, 50),
            hair=hair,
            pose="forward",
            girth=1.05,
            height=0.2,
            head_size=2.0,
        ),
    )
    head, r, s = f.head, f.head_r, f.scale
    girth = -f.chest_y / (0.12 * s)
    # a short bell skirt from the waist to mid-thigh, in the dress's colour
    waist = 0.2 * s * girth
    hem = f.waist_z - 0.32 * s
    skirt = lathe(
        [
            (0.0, hem),
            (0.34 * s, hem),
            (0.36 * s, hem + 0.05 * s),
            (waist, f.waist_z + 0.12 * s),
            (0.0, f.waist_z + 0.12 * s),
        ],
        a.segments(0.34 * s),
    )
    a.add(skirt.scale((1.0, 0.85, 1.0)), "body", dress)
    if a.maybe("apron", 0.5, "pinafore"):
        apron = box((0.26 * s, 0.02 * s, 0.36 * s), (0, f.chest_y - 0.02 * s, f.waist_z))
        a.add(apron, "apron", (250, 250, 245), Tier.FIXED)
    for side in (-1, 1):
        cheek = on_sphere(head, r, side * 40, -18, r * 0.1)
        a.add(sphere(r * 0.13, 10, cheek), "cheek", CHEEK, Tier.FIXED)
    if a.wants("hair"):
        bows = a.maybe("bow", 0.8, "ribbon")
        bow_color = a.pick(DRESSES)
        for side in (-1, 1):
            # pigtails: a bunch of hair tied at each side of the head, hanging down
            root = (head[0] + side * r * 0.85, head[1] + r * 0.15, head[2] + r * 0.2)
            end = (head[0] + side * r * 1.2, head[1] + r * 0.25, head[2] - r * 0.75)
            a.add(capsule(root, end, r * 0.24, 12, r * 0.17), "hair", hair, Tier.FIXED)
            if bows:
                for lobe in (-1, 1):
                    loop = ellipsoid((r * 0.09, r * 0.16, r * 0.1), 10).rotate((lobe * 35, 0, 0))
                    at = (root[0] + side * r * 0.08, root[1] + lobe * r * 0.14, root[2])
                    a.add(loop.translate(at), "bow", bow_color, Tier.FIXED)


TEMPLATE = Template(
    "doll",
    build_doll,
    0.4,
    description="a child's toy doll with a big head, long hair and a pretty dress",
    synonyms=(
        "dolly",
        "baby doll",
        "rag doll",
        "toy doll",
        "porcelain doll",
        "barbie",
        "barbie doll",
        "dolls",
    ),
    kinds=("china doll", "fashion doll"),
    not_claimed=("doll house", "russian doll"),
    parts=(*FIGURE_PARTS, "cheek", "bow", "apron"),
    aliases={
        **FIGURE_ALIASES,
        "dress": "body",
        "skirt": "body",
        "tights": "leg",
        "ribbon": "bow",
        "pinafore": "apron",
        "pigtail": "hair",
    },
)
