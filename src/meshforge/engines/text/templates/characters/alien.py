"""A little green alien: a big egg-shaped head with huge black eyes, a thin body, antennae."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.people import DARK, ORB, PERSON, STAR
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, rod, sphere

#: Mostly green ("little green men"), sometimes grey or violet.
ALIENS: tuple[RGB, ...] = (
    (120, 200, 90),
    (150, 210, 110),
    (100, 185, 80),
    (170, 175, 185),
    (150, 120, 200),
)


def build_alien(a: Assembly) -> None:
    """A little green alien: a big egg-shaped head with huge black eyes, a thin body, antennae."""
    skin = a.pick(ALIENS)
    height = a.vary(1.2, 0.08)
    hip, shoulder = height * 0.38, height * 0.6
    for side in (-1, 1):
        x = side * 0.08
        a.add(capsule((x, 0, hip), (x, 0, 0.04), 0.04, a.segments(0.04)), "leg", skin)
        a.add(ellipsoid((0.06, 0.1, 0.035), a.segments(0.06), (x, -0.04, 0.035)), "foot", skin)
    a.add(
        ellipsoid(
            (0.14, 0.1, (shoulder - hip) * 0.65), a.segments(0.14), (0, 0, (hip + shoulder) / 2)
        ),
        "body",
        skin,
    )
    for side in (-1, 1):
        top = (side * 0.13, 0, shoulder - 0.03)
        hand = (side * 0.22, -0.08, hip + 0.02)
        a.add(capsule(top, hand, 0.03, a.segments(0.03)), "arm", skin)
        for k in (-1, 0, 1):
            finger = (hand[0] + side * 0.02 + k * 0.015, hand[1] - 0.02, hand[2] - 0.07)
            a.add(capsule(hand, finger, 0.011, 8), "arm", skin)
    neck_top = shoulder + 0.09
    a.add(rod((0, 0, shoulder - 0.03), (0, 0, neck_top + 0.02), 0.035, 12), "body", skin)
    head_c: Vec3 = (0.0, 0.0, neck_top + 0.2)
    a.add(ellipsoid((0.19, 0.17, 0.21), a.segments(0.2), head_c), "head", skin)
    wear_asked_hat(a, head_c, 0.19)
    a.add(ellipsoid((0.1, 0.1, 0.1), a.segments(0.1), (0, -0.03, neck_top + 0.06)), "head", skin)
    antennae = a.maybe("antenna", 0.6)  # both or neither
    for side in (-1, 1):
        eye = ellipsoid((0.085, 0.05, 0.045), a.segments(0.08)).rotate((0, side * 30, 0))
        a.add(eye.translate((side * 0.085, -0.135, head_c[2] - 0.03)), "eye", DARK, Tier.FIXED)
        if antennae:
            base = (side * 0.07, 0.02, head_c[2] + 0.15)  # rooted well inside the head
            tip = (side * 0.16, 0.02, head_c[2] + 0.36)
            a.add(rod(base, tip, 0.012, 8), "antenna", skin)
            a.add(
                sphere(0.03, 12, tip), "antenna", a.pick(((250, 80, 80), STAR, ORB)), Tier.SECONDARY
            )
    a.add(
        ellipsoid((0.035, 0.02, 0.008), 12, (0, -0.125, head_c[2] - 0.13)),
        "mouth",
        DARK,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "alien",
    build_alien,
    1.5,
    description="a creature from another planet with big eyes",
    synonyms=("extraterrestrial", "martian", "little green man", "space alien"),
    kinds=("xenomorph",),
    parts=(*PERSON, "antenna", "mouth"),
    aliases={"antennae": "antenna", "skin": "body"},
)
