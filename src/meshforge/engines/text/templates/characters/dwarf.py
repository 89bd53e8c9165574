"""A dwarf: short and broad, a long braided beard, a horned or plain helm and a battle axe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt, helm
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import IRON, LEATHERS, STEEL, WOODS
from meshforge.engines.text.kit.solids import rod, sphere
from meshforge.engines.text.kit.sweeps import face_prism

TUNICS: tuple[RGB, ...] = ((120, 60, 40), (70, 90, 60), (60, 70, 110), (110, 100, 80))
BEARDS: tuple[RGB, ...] = (*HAIRS, (200, 80, 40), (190, 190, 190))


def build_dwarf(a: Assembly) -> None:
    """A dwarf: short and broad, a long braided beard, a helm and a battle axe."""
    hair = a.pick(BEARDS)
    f = build_figure(
        a,
        Outfit(
            top=TUNICS,
            bottom=LEATHERS,
            shoes=LEATHERS,
            hair=hair,
            coat=0.3,
            pose="hold",
            girth=1.45,
            height=0.72,
            head_size=1.25,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("beard"):
        beard(a, f, hair, a.between(1.6, 2.2))
    belt(a, f, LEATHERS, (215, 170, 70), 1.45)
    if a.wants("helmet"):
        helm(a, f, STEEL, IRON, crown=1.05)
        a.add(sphere(r * 0.15, 12, (hx, hy, hz + r * 1.2)), "helmet", IRON, Tier.FIXED)
    right, _left = f.hands
    if a.wants("axe"):
        top = (right[0], right[1] - 0.05 * s, right[2] + 0.55 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.2 * s), top, 0.025 * s, 8),
            "axe",
            WOODS,
            Tier.FIXED,
        )
        blade = face_prism(
            [(0.0, -0.08 * s), (0.2 * s, -0.16 * s), (0.2 * s, 0.16 * s), (0.0, 0.08 * s)], 0.02 * s
        )
        a.add(
            blade.mirror((1, 0, 0)).translate((top[0], top[1], top[2] - 0.1 * s)),
            "axe",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "dwarf",
    build_dwarf,
    1.3,
    description="a short stocky fantasy dwarf warrior with a long beard, a helmet and an axe",
    synonyms=("dwarves", "dwarfs", "dwarf warrior", "fantasy dwarf"),
    kinds=("gimli", "dwarf miner"),
    not_claimed=("dwarf planet", "white dwarf", "red dwarf"),
    parts=(*FIGURE_PARTS, "beard", "helmet", "axe", "belt", "buckle"),
    aliases={**FIGURE_ALIASES, "helm": "helmet", "tunic": "body", "weapon": "axe"},
)
