"""A pilot: an airline captain in a peaked cap and braided navy jacket, or an aviator in a
leather flying helmet with goggles, a bomber jacket and a white scarf."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Figure,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.gear import BLACK, GOLD, LEATHERS, WHITE
from meshforge.engines.text.kit.solids import box, capsule, cylinder, dome, ellipsoid, rod, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

NAVY: RGB = (30, 40, 70)
GLASS: RGB = (120, 170, 200)


def build_pilot(a: Assembly) -> None:
    """An airline captain in a peaked cap, or an aviator in a flying helmet and goggles."""
    airline = a.mentions("airline", "captain", "commercial", "uniform")
    if not airline and not a.mentions("aviator", "vintage", "ww2", "goggles", "fighter"):
        airline = a.chance(0.5)
    if airline:
        f = build_figure(a, Outfit(top=(NAVY,), bottom=(NAVY,), hair=None, coat=0.2))
        captain(a, f)
    else:
        f = build_figure(a, Outfit(top=LEATHERS, bottom=((190, 170, 130), (90, 80, 60)), hair=None))
        aviator(a, f)


def captain(a: Assembly, f: Figure) -> None:
    """A white peaked cap with a black visor and gold braid on the navy jacket's cuffs."""
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("hat"):
        base = hz + r * 0.45
        a.add(cylinder(r * 1.02, r * 0.35, a.segments(r), (hx, hy, base), r * 1.2), "hat", BLACK)
        a.add(cylinder(r * 1.22, r * 0.2, a.segments(r), (hx, hy, base + r * 0.35)), "hat", WHITE)
        visor = ellipsoid((r * 0.8, r * 0.55, r * 0.08), a.segments(r), (hx, hy - r * 0.85, base))
        a.add(visor, "visor", BLACK, Tier.FIXED)
        a.add(
            box((r * 0.35, r * 0.1, r * 0.2), (hx, hy - r * 1.02, base + r * 0.18)),
            "badge",
            GOLD,
            Tier.FIXED,
        )
    for hand in f.hands:
        a.add(
            hoop(0.06 * s, 0.012 * s, 16, (hand[0], hand[1] + 0.06 * s, hand[2] + 0.07 * s)).rotate(
                (0, 0, 0)
            ),
            "braid",
            GOLD,
            Tier.FIXED,
        )
    a.add(
        box((0.1 * s, 0.02 * s, 0.03 * s), (0.1 * s, f.chest_y, f.shoulder_z - 0.12 * s)),
        "wings",
        GOLD,
        Tier.FIXED,
    )


def aviator(a: Assembly, f: Figure) -> None:
    """A leather flying helmet with goggles pushed up on it, and a white scarf."""
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    leather = a.color("hat", LEATHERS, Tier.FIXED)
    if a.wants("hat"):
        a.add(
            dome((r * 1.1, r * 1.1, r * 1.15), a.segments(r), (hx, hy + r * 0.05, hz - r * 0.1)),
            "hat",
            leather,
        )
        for side in (-1, 1):
            flap = ellipsoid(
                (r * 0.15, r * 0.35, r * 0.5), 12, (hx + side * r * 0.95, hy, hz - r * 0.35)
            )
            a.add(flap, "hat", leather)
    if a.wants("goggles"):
        for side in (-1, 1):
            lens = front_disc(
                r * 0.26, r * 0.2, 16, hx + side * r * 0.32, hz + r * 0.55, hy - r * 0.9
            )
            a.add(lens, "goggles", GLASS, Tier.FIXED)
        strap = hoop(r * 1.1, r * 0.06, a.segments(r), (hx, hy, hz + r * 0.5))
        a.add(union([strap]), "goggles", BLACK, Tier.FIXED)
    if a.wants("scarf"):
        neck = (0, 0, f.shoulder_z + 0.04 * s)
        a.add(hoop(0.09 * s, 0.035 * s, 16, neck), "scarf", WHITE, Tier.FIXED)
        tail = capsule(
            (0.05 * s, -0.1 * s, neck[2]), (0.2 * s, 0.2 * s, neck[2] - 0.05 * s), 0.03 * s, 10
        )
        a.add(tail, "scarf", WHITE, Tier.FIXED)
    a.add(
        rod(
            (0, f.chest_y, f.waist_z + 0.05 * s),
            (0, f.chest_y, f.shoulder_z - 0.03 * s),
            0.012 * s,
            6,
        ),
        "zip",
        BLACK,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "pilot",
    build_pilot,
    1.9,
    description="an airline pilot in a peaked cap and uniform, or an aviator in helmet and goggles",
    synonyms=("pilots", "aviator", "airline pilot", "fighter pilot", "airman", "aviatrix"),
    kinds=("airline captain",),
    not_claimed=("pilot light", "pilot whale", "pilot episode"),
    parts=(*FIGURE_PARTS, "hat", "visor", "badge", "braid", "wings", "goggles", "scarf", "zip"),
    aliases={**FIGURE_ALIASES, "cap": "hat", "helmet": "hat", "stripes": "braid"},
)
