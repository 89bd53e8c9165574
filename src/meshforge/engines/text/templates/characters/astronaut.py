"""An astronaut: bulky white spacesuit, round helmet with a gold visor, life-support backpack."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, rounded_box, sphere, subtract

SUIT: tuple[RGB, ...] = ((240, 240, 238), (235, 235, 230), (240, 150, 50))
VISOR: tuple[RGB, ...] = ((215, 165, 50), (40, 45, 60))
TRIM: RGB = (60, 60, 70)
FLAG: tuple[RGB, ...] = ((200, 40, 40), (40, 80, 170))


def build_astronaut(a: Assembly) -> None:
    """Bulky white spacesuit, round helmet with a gold visor, life-support backpack."""
    suit = a.pick(SUIT)
    pose = "wave" if a.mentions("waving", "wave") or a.chance(0.3) else "down"
    f = build_figure(
        a, Outfit(top=suit, bottom=suit, shoes=TRIM, hair=None, pose=pose, bulky=True, glove=TRIM)
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("helmet"):
        shell_r = r * 1.55
        center = (hx, hy, hz - r * 0.1)
        shell = sphere(shell_r, a.segments(shell_r), center)
        a.add(shell, "helmet", (245, 245, 242), Tier.SECONDARY)
        visor = sphere(shell_r * 1.02, a.segments(shell_r), center)
        window = box((shell_r * 1.5, shell_r, shell_r * 1.1), (hx, hy - shell_r * 0.7, hz))
        a.add(subtract(visor, subtract(visor, window)), "visor", a.pick(VISOR), Tier.FIXED)
    if a.wants("backpack"):
        pack = rounded_box(
            (0.5 * s, 0.22 * s, 0.62 * s),
            0.05 * s,
            a.segments(0.05),
            (0, 0.22 * s, f.shoulder_z - 0.25 * s),
        )
        a.add(pack, "backpack", (230, 230, 228), Tier.SECONDARY)
    panel = box((0.18 * s, 0.06 * s, 0.12 * s), (0, f.chest_y - 0.03 * s, f.shoulder_z - 0.28 * s))
    a.add(panel, "panel", TRIM, Tier.FIXED)
    patch = box(
        (0.08 * s, 0.04 * s, 0.05 * s), (0.2 * s, f.chest_y - 0.01, f.shoulder_z - 0.08 * s)
    )
    a.add(patch, "flag", a.pick(FLAG), Tier.FIXED)


TEMPLATE = Template(
    "astronaut",
    build_astronaut,
    1.9,
    description="a space explorer in a bulky white spacesuit with a round helmet and gold visor",
    synonyms=("spaceman", "cosmonaut", "space man", "spacewoman", "taikonaut"),
    kinds=("space explorer", "moon walker"),
    parts=(*FIGURE_PARTS, "helmet", "visor", "backpack", "panel", "flag"),
    aliases={**FIGURE_ALIASES, "suit": "body", "spacesuit": "body", "pack": "backpack"},
)
