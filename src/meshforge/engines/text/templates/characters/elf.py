"""An elf: a slender figure with pointed ears, long fair hair, a green tunic and hood, and a bow."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt, cape, long_hair
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    SKINS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.gear import LEATHERS, WOODS
from meshforge.engines.text.kit.solids import capsule, cylinder, sphere
from meshforge.engines.text.kit.sweeps import tube

TUNICS: tuple[RGB, ...] = ((60, 120, 60), (40, 90, 60), (110, 140, 70), (200, 40, 45))
HAIRS: tuple[RGB, ...] = ((240, 225, 170), (235, 235, 225), (180, 130, 70), (60, 40, 30))


def build_elf(a: Assembly) -> None:
    """An elf: a slender figure with pointed ears, long hair, a green tunic, and a bow."""
    tunic = a.pick(TUNICS)
    hair = a.pick(HAIRS)
    skin = a.pick(SKINS[:2])
    christmas = a.mentions("christmas", "santa", "santas", "santa's")
    f = build_figure(
        a,
        Outfit(
            top=tunic,
            bottom=(200, 30, 35) if christmas else LEATHERS,
            skin=skin,
            hair=hair,
            coat=0.3,
            pose="hold",
            girth=0.85,
            height=0.6 if christmas else 1.0,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    for side in (-1, 1):
        ear = capsule(
            (hx + side * r * 0.85, hy, hz),
            (hx + side * r * 1.5, hy + r * 0.2, hz + r * 0.6),
            r * 0.14,
            10,
            r * 0.03,
        )
        a.add(ear, "ear", skin, Tier.FIXED)
    belt(a, f, LEATHERS, (215, 170, 70), 0.9)
    if christmas:
        a.add(
            cylinder(r * 1.0, r * 1.4, 16, (hx, hy, hz + r * 0.5), 0.0).rotate((0, 0, 0)),
            "hat",
            tunic,
            Tier.FIXED,
        )
        a.add(sphere(r * 0.2, 12, (hx, hy, hz + r * 1.95)), "hat", (245, 245, 240), Tier.FIXED)
        return
    long_hair(a, f, hair, a.between(1.0, 1.6))
    if a.maybe("cloak", 0.5, "cape"):
        cape(a, f, tunic, 0.75)
    _right, left = f.hands
    if a.wants("bow"):
        bow = tube(
            [
                (left[0] + 0.02, left[1] - 0.12 * s, left[2] + 0.6 * s),
                (left[0], left[1] - 0.02 * s, left[2]),
                (left[0] + 0.02, left[1] - 0.12 * s, left[2] - 0.6 * s),
            ],
            0.014 * s,
            8,
        )
        a.add(bow, "bow", WOODS, Tier.FIXED)


TEMPLATE = Template(
    "elf",
    build_elf,
    1.8,
    description="a slender elf with long pointed ears, long hair and a green tunic, carrying a bow",
    synonyms=(
        "elves",
        "wood elf",
        "high elf",
        "elf archer",
        "christmas elf",
        "santa elf",
        "santas elf",
    ),
    kinds=("dark elf", "night elf", "legolas"),
    parts=(*FIGURE_PARTS, "ear", "belt", "buckle", "cape", "bow", "hat"),
    aliases={**FIGURE_ALIASES, "ears": "ear", "tunic": "body", "cloak": "cape"},
)
