"""An angel: a figure in a long white robe with feathered wings and a golden halo."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import long_hair, wings
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import hoop

ROBES: tuple[RGB, ...] = ((248, 248, 245), (240, 240, 250), (250, 245, 230))
WINGS: tuple[RGB, ...] = ((250, 250, 250), (245, 240, 230))


def build_angel(a: Assembly) -> None:
    """An angel: a figure in a long white robe with feathered wings and a golden halo."""
    hair = a.pick((*HAIRS[2:3], (240, 220, 160), (200, 150, 80), (60, 40, 30)))
    cherub = a.mentions("cherub", "baby")
    f = build_figure(
        a,
        Outfit(
            top=ROBES,
            bottom=ROBES,
            hair=hair,
            dress=True,
            pose=a.pick(("down", "hold", "wave")),
            girth=0.9,
            height=0.55 if cherub else 1.0,
            head_size=1.4 if cherub else 1.0,
        ),
    )
    (hx, hy, hz), r = f.head, f.head_r
    if not cherub:
        long_hair(a, f, hair, a.between(0.8, 1.4))
    if a.wants("wing"):
        wings(a, f, WINGS, a.between(1.4, 1.8))
    if a.wants("halo"):
        top = hz + r * 1.35
        a.add(
            hoop(r * 0.8, r * 0.07, a.segments(r)).translate((hx, hy + r * 0.1, top)),
            "halo",
            GOLD,
            Tier.FIXED,
        )
        # a thin stem from the back of the head holds the halo up
        stem = rod((hx, hy + r * 0.7, hz + r * 0.6), (hx, hy + r * 0.9, top), r * 0.04, 8)
        a.add(stem, "halo", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "angel",
    build_angel,
    1.8,
    description="a heavenly angel in a white robe with big feathered wings and a golden halo",
    synonyms=(
        "angels",
        "guardian angel",
        "cherub",
        "archangel",
        "angel with wings",
        "christmas angel",
    ),
    kinds=("seraph", "angel statue", "cupid"),
    not_claimed=("angel fish", "angel food cake"),
    parts=(*FIGURE_PARTS, "wing", "halo"),
    aliases={**FIGURE_ALIASES, "wings": "wing", "robe": "body", "gown": "leg", "ring": "halo"},
)
