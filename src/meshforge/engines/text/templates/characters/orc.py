"""An orc: a hulking green warrior with tusks, a heavy brow, a spiked pauldron and a cleaver."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.brutes import (
    BRUTE_ALIASES,
    BRUTE_PARTS,
    RAGS,
    brow_ridge,
    brute_figure,
    hide_kilt,
    open_vest,
    pointed_ears,
    tusks,
    underbite,
)
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit
from meshforge.engines.text.kit.gear import DARK_STEEL, IRON, LEATHERS, STEEL, WOODS
from meshforge.engines.text.kit.solids import cylinder, dome, rod
from meshforge.engines.text.kit.sweeps import face_prism

SKINS: tuple[RGB, ...] = ((95, 130, 60), (80, 115, 55), (110, 125, 75), (120, 140, 70))
HAIR: RGB = (25, 22, 20)


def build_orc(a: Assembly) -> None:
    """A hulking green warrior with tusks, a heavy brow, a spiked pauldron and a cleaver."""
    f, skin = brute_figure(
        a,
        SKINS,
        Outfit(
            top=(),
            bottom=((45, 40, 38), (70, 55, 40)),
            shoes=LEATHERS,
            hair=None,
            pose="hold",
            girth=1.35,
            height=1.05,
            head_size=1.2,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    brow_ridge(a, f, skin)
    jaw = underbite(a, f, skin, 1.1)
    tusks(a, f, jaw, a.between(0.45, 0.6))
    pointed_ears(a, f, skin, 0.55, 0.1)
    if a.maybe("hair", 0.7, "mohawk", "topknot"):
        # a black topknot or mohawk crest on a shaved head
        crest = rod((0, -r * 0.5, 0), (0, r * 0.8, -r * 0.1), r * 0.18, 8).scale((0.6, 1.0, 1.4))
        a.add(crest.translate((hx, hy, hz + r * 0.88)), "hair", HAIR, Tier.FIXED)
    open_vest(a, f, (*LEATHERS, *RAGS), 1.35)
    hide_kilt(a, f, (*LEATHERS, *RAGS), 1.35)
    belt(a, f, LEATHERS, IRON, 1.35)
    if a.wants("armor"):
        # one spiked iron pauldron on the left shoulder
        shoulder = (0.27 * s * 1.35, 0.0, f.shoulder_z)
        a.add(
            dome((0.13 * s, 0.13 * s, 0.09 * s), a.segments(0.13 * s), shoulder),
            "armor",
            DARK_STEEL,
            Tier.SECONDARY,
        )
        for dx in (-0.04, 0.04):
            spike = cylinder(0.025 * s, 0.1 * s, 8, (0, 0, 0), 0.0)
            a.add(
                spike.translate((shoulder[0] + dx * s, shoulder[1], shoulder[2] + 0.07 * s)),
                "armor",
                IRON,
                Tier.FIXED,
            )
    right, _left = f.hands
    if a.wants("weapon"):
        top = (right[0], right[1] - 0.05 * s, right[2] + 0.45 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.12 * s), top, 0.025 * s, 8),
            "weapon",
            WOODS,
            Tier.FIXED,
        )
        # a broad, chipped cleaver blade on the outside of the haft
        blade = face_prism(
            [
                (0.0, -0.2 * s),
                (0.2 * s, -0.24 * s),
                (0.24 * s, -0.05 * s),
                (0.19 * s, 0.0),
                (0.22 * s, 0.06 * s),
                (0.0, 0.04 * s),
            ],
            0.02 * s,
        )
        a.add(
            blade.mirror((1, 0, 0)).translate((top[0], top[1], top[2])),
            "weapon",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "orc",
    build_orc,
    2.0,
    description="a hulking green-skinned fantasy orc warrior with tusks, a scowl and a cleaver",
    synonyms=("orcs", "orc warrior", "fantasy orc", "uruk", "half-orc", "half orc"),
    kinds=("orc chieftain", "orc berserker", "war orc"),
    parts=(*FIGURE_PARTS, *BRUTE_PARTS, "armor", "belt", "buckle", "weapon"),
    aliases={
        **FIGURE_ALIASES,
        **BRUTE_ALIASES,
        "armour": "armor",
        "pauldron": "armor",
        "axe": "weapon",
        "cleaver": "weapon",
        "sword": "weapon",
        "mohawk": "hair",
    },
)
