"""A genie: a blue-skinned spirit with a turban and vest, arms folded, rising from a smoke tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import GOLD
from meshforge.engines.text.kit.solids import box, dome, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import tube

SKINS: tuple[RGB, ...] = ((70, 130, 220), (90, 170, 230), (120, 90, 200), (80, 180, 140))
TURBANS: tuple[RGB, ...] = ((200, 40, 60), (240, 240, 235), (120, 40, 150), (230, 180, 40))


def build_genie(a: Assembly) -> None:
    """No legs: the body tapers into a curling tail of smoke; turban, open vest, gold cuffs."""
    skin = a.color("head", SKINS, Tier.PRIMARY)
    f = build_figure(
        a,
        Outfit(
            top=(skin,), bottom=(skin,), skin=(skin,), hair=None, pose="hold", girth=1.2, legs=False
        ),
    )
    s, r = f.scale, f.head_r
    hip = f.waist_z
    tail = [
        (0, 0, hip + 0.05 * s),
        (0.05 * s, 0.05 * s, hip - 0.3 * s),
        (-0.12 * s, 0.1 * s, hip - 0.6 * s),
        (0.05 * s, 0.0, 0.15 * s),
        (0.2 * s, -0.05 * s, 0.08 * s),
    ]
    a.add(tube(tail, 0.17 * s, a.segments(0.17 * s), 0.04 * s), "tail", skin)
    turban = a.pick(TURBANS)
    if a.wants("turban"):
        hx, hy, hz = f.head
        a.add(
            dome((r * 1.15, r * 1.15, r * 1.0), a.segments(r), (hx, hy, hz + r * 0.25)),
            "turban",
            turban,
            Tier.FIXED,
        )
        a.add(sphere(r * 0.15, 10, (hx, hy - r * 1.1, hz + r * 0.55)), "turban", GOLD, Tier.FIXED)
    vest = a.color("vest", (turban, (120, 40, 150)), Tier.SECONDARY)
    for side in (-1, 1):
        a.add(
            box(
                (0.12 * s, 0.26 * s, 0.42 * s), (side * 0.16 * s, 0.005 * s, f.shoulder_z - 0.2 * s)
            ),
            "vest",
            vest,
        )
    right, left = f.hands
    mid = ((right[0] + left[0]) / 2, (right[1] + left[1]) / 2, (right[2] + left[2]) / 2)
    a.add(rounded_box((abs(left[0] - right[0]), 0.1 * s, 0.08 * s), 0.03 * s, 8, mid), "arm", skin)
    for hand in f.hands:
        a.add(sphere(0.065 * s, 12, hand), "cuff", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "genie",
    build_genie,
    1.6,
    description="a blue genie from a magic lamp, with a turban and a tail of smoke instead of legs",
    synonyms=("genies", "djinn", "jinn", "djinni", "genie of the lamp"),
    kinds=("lamp genie",),
    parts=(*FIGURE_PARTS, "tail", "turban", "vest", "cuff"),
    aliases={
        **FIGURE_ALIASES,
        "smoke": "tail",
        "hat": "turban",
        "bracelet": "cuff",
        "cuffs": "cuff",
    },
)
