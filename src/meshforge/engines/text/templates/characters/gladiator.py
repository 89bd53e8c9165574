"""A gladiator: bare-chested, a crested helmet, a leather kilt, a round shield and a short sword."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt, helm
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    SKINS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.gear import BRASS, IRON, LEATHERS, STEEL
from meshforge.engines.text.kit.solids import box, cylinder, dome
from meshforge.engines.text.kit.sweeps import front_disc

CRESTS: tuple[RGB, ...] = ((190, 30, 35), (230, 190, 60), (30, 30, 32))


def build_gladiator(a: Assembly) -> None:
    """A muscled bare torso, a leather kilt and belt, an arm guard, crested helm, shield, sword."""
    skin = a.pick(SKINS)
    f = build_figure(
        a,
        Outfit(
            top=(skin,),
            bottom=(skin,),
            skin=(skin,),
            shoes=LEATHERS,
            hair=None,
            pose="hold",
            girth=1.2,
        ),
    )
    s, r = f.scale, f.head_r
    kilt = a.color("kilt", LEATHERS, Tier.PRIMARY)
    low = f.waist_z - 0.28 * s
    a.add(
        cylinder(0.26 * s, 0.34 * s, a.segments(0.26 * s), (0, 0, low), 0.22 * s).scale(
            (1.0, 0.72, 1.0)
        ),
        "kilt",
        kilt,
    )
    belt(a, f, LEATHERS, BRASS, 1.2)
    metal = a.pick((BRASS, STEEL))
    if a.wants("helmet"):
        helm(a, f, metal, IRON, 1.05)
        hx, hy, hz = f.head
        a.add(
            box((r * 0.22, r * 1.9, r * 0.5), (hx, hy + r * 0.1, hz + r * 1.2)),
            "crest",
            a.pick(CRESTS),
            Tier.FIXED,
        )
    a.add(
        dome((0.1 * s, 0.1 * s, 0.08 * s), 12, (-0.27 * s * 1.2, 0, f.shoulder_z - 0.02 * s)),
        "armor",
        metal,
        Tier.FIXED,
    )
    right, left = f.hands
    if a.wants("shield"):
        a.add(
            front_disc(
                0.3 * s,
                0.04 * s,
                a.segments(0.3 * s),
                left[0] + 0.05 * s,
                left[2],
                left[1] - 0.04 * s,
            ),
            "shield",
            a.pick(CRESTS[:2]),
            Tier.SECONDARY,
        )
        a.add(
            front_disc(0.06 * s, 0.06 * s, 16, left[0] + 0.05 * s, left[2], left[1] - 0.07 * s),
            "shield",
            metal,
            Tier.FIXED,
        )
    if a.wants("sword"):
        a.add(
            box(
                (0.05 * s, 0.012 * s, 0.5 * s), (right[0], right[1] - 0.02 * s, right[2] + 0.28 * s)
            ),
            "sword",
            STEEL,
            Tier.FIXED,
        )
        a.add(
            box(
                (0.14 * s, 0.03 * s, 0.03 * s), (right[0], right[1] - 0.02 * s, right[2] + 0.04 * s)
            ),
            "sword",
            metal,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "gladiator",
    build_gladiator,
    1.95,
    description="a roman gladiator with a crested helmet, a leather kilt, a shield and a sword",
    synonyms=(
        "gladiators",
        "roman gladiator",
        "spartan",
        "spartan warrior",
        "roman soldier",
        "centurion",
    ),
    kinds=("legionary", "hoplite"),
    parts=(*FIGURE_PARTS, "kilt", "belt", "buckle", "helmet", "crest", "armor", "shield", "sword"),
    aliases={
        **FIGURE_ALIASES,
        "skirt": "kilt",
        "plume": "crest",
        "weapon": "sword",
        "armour": "armor",
    },
)
