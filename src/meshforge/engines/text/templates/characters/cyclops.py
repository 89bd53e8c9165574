"""A cyclops: a giant with one great eye in the middle of his brow, a hide kilt and a club."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.brutes import (
    BRUTE_ALIASES,
    BRUTE_PARTS,
    RAGS,
    brute_figure,
    club,
    hide_kilt,
)
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit
from meshforge.engines.text.kit.gear import IVORY, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, on_sphere, sphere

SKINS: tuple[RGB, ...] = ((205, 160, 120), (170, 150, 120), (150, 160, 150), (190, 130, 100))
IRISES: tuple[RGB, ...] = ((70, 120, 60), (60, 100, 170), (150, 90, 30), (180, 40, 30))


def build_cyclops(a: Assembly) -> None:
    """A huge bare-chested giant with one eye in the middle of his face, a kilt and a club."""
    f, skin = brute_figure(
        a,
        SKINS,
        Outfit(
            top=(),
            bottom=RAGS,
            shoes=(RAGS[1],),
            hair=None,
            pose="hold",
            girth=1.5,
            height=1.5,
            head_size=1.3,
        ),
    )
    r = f.head_r
    # a fuller head over the figure's own pair of eyes, then one great eye in the middle
    a.add(sphere(r * 1.07, a.segments(r), f.head), "head", skin, Tier.FIXED)
    hx, hy, hz = f.head
    # a heavy brow over where the one eye sits
    a.add(
        box((r * 1.1, r * 0.3, r * 0.14), (hx, hy - r * 0.85, hz + r * 0.68)),
        "brow",
        skin,
        Tier.FIXED,
    )
    eye_r = r * a.between(0.45, 0.52)
    centre = on_sphere(f.head, r * 1.07, 0, 10, eye_r * 0.4)
    a.add(ellipsoid((eye_r, eye_r * 0.8, eye_r * 0.85), 24, centre), "eye", IVORY, Tier.FIXED)
    iris = (centre[0], centre[1] - eye_r * 0.6, centre[2])
    a.add(sphere(eye_r * 0.45, 16, iris), "iris", a.pick(IRISES), Tier.FIXED)
    a.add(
        sphere(eye_r * 0.2, 12, (iris[0], iris[1] - eye_r * 0.28, iris[2])),
        "iris",
        (20, 20, 22),
        Tier.FIXED,
    )
    if a.maybe("horn", 0.3, "horned"):
        top = (f.head[0], f.head[1], f.head[2] + r * 0.95)
        a.add(cylinder(r * 0.15, r * 0.5, 12, top, 0.0), "horn", IVORY, Tier.FIXED)
    hide_kilt(a, f, RAGS, 1.5)
    if a.wants("club"):
        club(a, f, f.hands[0], 0.8, WOODS)


TEMPLATE = Template(
    "cyclops",
    build_cyclops,
    2.8,
    description="a cyclops, a one-eyed giant from greek myth with a single great eye and a club",
    synonyms=("cyclopes", "cyclopses", "one eyed giant", "cyclops giant", "polyphemus"),
    kinds=("one eyed monster",),
    parts=(*FIGURE_PARTS, *BRUTE_PARTS, "iris", "horn", "club"),
    aliases={**FIGURE_ALIASES, **BRUTE_ALIASES, "pupil": "iris", "weapon": "club"},
)
