"""A goblin: small, big-headed and green, with long pointed ears, a long nose and a dagger."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.brutes import (
    BRUTE_ALIASES,
    BRUTE_PARTS,
    RAGS,
    brute_figure,
    nose,
    pointed_ears,
)
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit
from meshforge.engines.text.kit.gear import LEATHERS, STEEL, leaf_blade
from meshforge.engines.text.kit.solids import on_sphere, rod, sphere

SKINS: tuple[RGB, ...] = ((130, 165, 70), (110, 150, 60), (150, 170, 90), (100, 140, 80))
EYES: RGB = (240, 200, 40)


def build_goblin(a: Assembly) -> None:
    """Small, big-headed and green, with long pointed ears, a long nose and a dagger."""
    f, skin = brute_figure(
        a,
        SKINS,
        Outfit(
            top=RAGS,
            bottom=LEATHERS,
            shoes=LEATHERS,
            hair=None,
            coat=0.45,
            pose="hold",
            girth=0.8,
            height=0.6,
            head_size=1.55,
        ),
    )
    s, head, r = f.scale, f.head, f.head_r
    pointed_ears(a, f, skin, a.between(1.1, 1.4), a.between(0.1, 0.5))
    if a.wants("nose"):
        nose(a, f, skin, a.between(0.45, 0.6), 0.14)
    # sly yellow eyes over the figure's dark ones
    for side in (-1, 1):
        spot = on_sphere(head, r, side * 28, 8, r * 0.02)
        a.add(sphere(r * 0.16, 10, spot), "eye", EYES, Tier.FIXED)
        pupil = on_sphere(head, r, side * 28, 8, -r * 0.1)
        a.add(sphere(r * 0.07, 8, pupil), "eye", (20, 20, 20), Tier.FIXED)
    belt(a, f, LEATHERS, (150, 150, 150), 0.8)
    right, _left = f.hands
    if a.wants("dagger"):
        grip = (right[0], right[1] - 0.02 * s, right[2])
        a.add(
            rod((grip[0], grip[1], grip[2] - 0.06 * s), grip, 0.02 * s, 8),
            "dagger",
            LEATHERS,
            Tier.FIXED,
        )
        blade = leaf_blade(0.26 * s, 0.06 * s, 0.012 * s, 0.0, 0.25)
        a.add(blade.translate(grip), "dagger", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "goblin",
    build_goblin,
    1.1,
    description="a small green goblin with a big head, long pointed ears, a long nose and a dagger",
    synonyms=("goblins", "hobgoblin", "gremlin"),
    kinds=("goblin thief", "cave goblin"),
    not_claimed=("green goblin",),
    parts=(*FIGURE_PARTS, *BRUTE_PARTS, "belt", "buckle", "dagger"),
    aliases={**FIGURE_ALIASES, **BRUTE_ALIASES, "knife": "dagger", "weapon": "dagger"},
)
