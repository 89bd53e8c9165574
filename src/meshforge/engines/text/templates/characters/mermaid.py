"""A mermaid: a woman's upper body with long hair and a shell top on a curling scaly fish tail."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import long_hair
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    SKINS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

TAILS: tuple[RGB, ...] = (
    (40, 160, 150),
    (60, 130, 200),
    (120, 80, 180),
    (70, 170, 90),
    (230, 110, 150),
)
SHELLS: tuple[RGB, ...] = ((245, 170, 180), (160, 110, 200), (250, 230, 200))


def build_mermaid(a: Assembly) -> None:
    """A mermaid: a woman's upper body with long hair and a shell top on a scaly fish tail."""
    skin = a.pick(SKINS)
    hair = a.pick((*HAIRS, (230, 90, 50), (250, 220, 140)))
    tail_color = a.color("tail", TAILS)
    f = build_figure(
        a,
        Outfit(
            top=skin,
            bottom=tail_color,
            skin=skin,
            hair=hair,
            legs=False,
            pose=a.pick(("down", "wave")),
            girth=0.85,
        ),
    )
    s = f.scale
    curl = a.between(-0.1, 0.1)
    path = [
        (0.0, 0.0, f.waist_z + 0.05 * s),
        (0.0, 0.02 * s, f.waist_z - 0.3 * s),
        (curl * s, -0.04 * s, 0.3 * s),
        (curl * s, 0.06 * s, 0.12 * s),
        (curl * 2 * s, 0.3 * s, 0.12 * s),
        (curl * 2 * s, 0.48 * s, a.between(0.2, 0.35) * s),
    ]
    a.add(
        tube(path, 0.17 * s, a.segments(0.12), 0.05 * s).scale((1.0, 0.9, 1.0)), "tail", tail_color
    )
    end = path[-1]
    root = sphere(0.04 * s, 10, end)
    for side in (-1, 1):
        lobe = ellipsoid((0.1 * s, 0.06 * s, 0.02 * s), 12).rotate((0, side * 20, side * 35))
        lobe = lobe.translate((end[0] + side * 0.14 * s, end[1] + 0.1 * s, end[2] + 0.04 * s))
        a.add(Manifold.batch_hull([root, lobe]), "fin", tail_color, Tier.SECONDARY)
    long_hair(a, f, hair, a.between(1.2, 1.8))
    shell = a.pick(SHELLS)
    for side in (-1, 1):
        cup = sphere(
            0.07 * s, 12, (side * 0.08 * s, f.chest_y + 0.02 * s, f.shoulder_z - 0.14 * s)
        ).scale((1.0, 0.6, 1.0))
        a.add(cup.translate((0, f.chest_y * 0.4, 0)), "shell", shell, Tier.FIXED)


TEMPLATE = Template(
    "mermaid",
    build_mermaid,
    1.7,
    description="a mermaid, half woman and half fish, with long hair and a scaly fish tail",
    synonyms=("merman", "mermaids", "siren", "little mermaid", "merfolk", "sea maiden"),
    kinds=("ariel", "merrow"),
    parts=(*FIGURE_PARTS, "tail", "fin", "shell"),
    aliases={**FIGURE_ALIASES, "fins": "fin", "fluke": "fin", "scales": "tail", "bra": "shell"},
)
