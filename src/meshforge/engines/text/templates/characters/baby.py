"""A baby sitting up: a big round head, a plump body in a nappy, stubby arms and legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import HAIRS, SKINS, set_face
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import capsule, dome, ellipsoid, sphere, torus

ROMPERS: tuple[RGB, ...] = ((250, 250, 248), (170, 210, 240), (245, 190, 205), (250, 230, 140))
DUMMY: tuple[RGB, ...] = ((120, 190, 240), (245, 150, 180), (250, 220, 90))


def build_baby(a: Assembly) -> None:
    """A baby sitting up: a big round head, a plump body in a nappy, stubby arms and legs."""
    skin = a.color("head", SKINS, Tier.FIXED)
    romper = a.pick(ROMPERS)
    s = a.vary(1.0, 0.06)
    body_c = (0.0, 0.0, 0.15 * s)
    a.add(ellipsoid((0.11 * s, 0.1 * s, 0.14 * s), a.segments(0.05), body_c), "body", romper)
    a.add(
        ellipsoid((0.12 * s, 0.11 * s, 0.07 * s), a.segments(0.05), (0, 0, 0.07 * s)),
        "nappy",
        (250, 250, 250),
        Tier.FIXED,
    )
    head_r = a.vary(0.095, 0.06) * s
    head = (0.0, -0.01 * s, 0.29 * s + head_r * 0.9)
    a.add(sphere(head_r, a.segments(head_r * 0.5), head), "head", skin, Tier.FIXED)
    set_face(a, head, head_r)
    wear_asked_hat(a, head, head_r)
    for side in (-1, 1):
        ear = ellipsoid(
            (0.012 * s, 0.02 * s, 0.025 * s), 8, (side * head_r * 0.98, head[1], head[2])
        )
        a.add(ear, "head", skin, Tier.FIXED)
        # legs stick forward from the nappy, soles towards the viewer
        hip = (side * 0.06 * s, -0.03 * s, 0.06 * s)
        foot = (side * a.vary(0.09, 0.15) * s, -0.2 * s, 0.045 * s)
        a.add(capsule(hip, foot, 0.045 * s, 16), "leg", skin, Tier.FIXED)
        a.add(
            ellipsoid((0.035 * s, 0.05 * s, 0.03 * s), 12, (foot[0], foot[1] - 0.02 * s, foot[2])),
            "foot",
            skin,
            Tier.FIXED,
        )
        shoulder = (side * 0.09 * s, 0.0, 0.24 * s)
        hand = (side * 0.14 * s, -0.1 * s, a.vary(0.15, 0.2) * s)
        a.add(capsule(shoulder, hand, 0.032 * s, 16), "arm", romper)
        a.add(sphere(0.033 * s, 12, hand), "hand", skin, Tier.FIXED)
    if a.maybe("hair", 0.6, "curl"):
        tuft = dome(
            (head_r * 0.7, head_r * 0.7, head_r * 0.35),
            a.segments(head_r * 0.5),
            (head[0], head[1], head[2] + head_r * 0.78),
        )
        a.add(tuft, "hair", HAIRS, Tier.FIXED)
    if a.maybe("dummy", 0.35, "pacifier", "soother"):
        mouth = (head[0], head[1] - head_r * 0.95, head[2] - head_r * 0.35)
        ring = (
            torus(head_r * 0.2, head_r * 0.05, 12)
            .rotate((90, 0, 0))
            .translate((mouth[0], mouth[1] - head_r * 0.1, mouth[2]))
        )
        a.add(ring, "dummy", a.pick(DUMMY), Tier.FIXED)
        a.add(
            ellipsoid((head_r * 0.25, head_r * 0.12, head_r * 0.18), 12, mouth),
            "dummy",
            a.pick(DUMMY),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "baby",
    build_baby,
    0.5,
    description="a chubby baby in a nappy sitting up, with a big round head",
    synonyms=("infant", "newborn", "baby boy", "baby girl", "babies"),
    kinds=("bambino", "tot"),
    not_claimed=("baby bottle", "baby carriage", "baby grand", "baby shower", "baby shark"),
    parts=("head", "eye", "body", "nappy", "arm", "hand", "leg", "foot", "hair", "dummy"),
    aliases={
        "diaper": "nappy",
        "face": "head",
        "romper": "body",
        "onesie": "body",
        "pacifier": "dummy",
        "soother": "dummy",
        "feet": "foot",
    },
)
