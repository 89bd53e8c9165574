"""An owl standing upright: a round body, a big head with a pale facial disc and huge eyes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, on_sphere, sphere

OWLS: tuple[tuple[RGB, RGB], ...] = (  # feathers, face and belly
    ((130, 95, 65), (225, 205, 170)),
    ((110, 85, 70), (200, 180, 150)),
    ((150, 120, 90), (240, 230, 210)),
)
SNOWY: tuple[RGB, RGB] = ((240, 240, 235), (250, 250, 248))
IRIS: RGB = (250, 190, 30)


def build_owl(a: Assembly) -> None:
    """An owl standing upright: a round body, a big head with a pale facial disc and huge eyes."""
    size = a.vary(1.0, 0.1)
    feathers, face = SNOWY if a.mentions("snowy", "white", "snow") else a.pick(OWLS)
    core = (0.0, 0.0, 0.125 * size)
    birds.body(a, core, (0.085 * size, 0.075 * size, 0.115 * size), 0, feathers)
    belly = ellipsoid((0.065 * size, 0.04 * size, 0.09 * size), a.segments(0.06 * size))
    a.add(belly.translate((0, -0.04 * size, 0.12 * size)), "belly", face, Tier.SECONDARY)
    r = 0.075 * size * a.vary(1.0, 0.06)
    head = (0.0, -0.005 * size, 0.25 * size)
    a.add(sphere(r, a.segments(r), head), "head", feathers)
    for side in (-1, 1):
        center = on_sphere(head, r, side * 30, 5, r * 0.25)
        disc = ellipsoid((r * 0.48, r * 0.2, r * 0.5), a.segments(r * 0.5))
        a.add(disc.rotate((0, 0, side * -20)).translate(center), "face", face, Tier.SECONDARY)
        eye = (center[0], center[1] - r * 0.12, center[2] + r * 0.02)
        a.add(sphere(r * 0.27, a.segments(r * 0.27), eye), "eye", IRIS, Tier.FIXED)
        a.add(
            sphere(r * 0.15, a.segments(r * 0.15), (eye[0], eye[1] - r * 0.16, eye[2])),
            "pupil",
            EYE,
            Tier.FIXED,
        )
        if a.wants("tuft") and not a.mentions("barn", "snowy"):
            tuft = cylinder(r * 0.18, r * 0.55, 10, (0, 0, 0), r * 0.02).scale((1, 0.5, 1))
            a.add(
                tuft.rotate((0, side * 25, 0)).translate(
                    (side * r * 0.6, head[1], head[2] + r * 0.7)
                ),
                "tuft",
                feathers,
            )
    beak_at = on_sphere(head, r, 0, -12, r * 0.15)
    birds.hooked_beak(a, beak_at, r * 0.13, r * 0.45, (70, 60, 50))
    birds.folded_wings(
        a,
        (0, 0.01 * size, 0.13 * size),
        (0.025 * size, 0.06 * size, 0.1 * size),
        -8,
        0.07 * size,
        feathers,
    )
    birds.fan_tail(a, (0, 0.05 * size, 0.06 * size), 0.05 * size, 0.06 * size, 60, feathers)
    for side in (-1, 1):
        foot = ellipsoid((0.022 * size, 0.03 * size, 0.012 * size), a.segments(0.02 * size))
        a.add(
            foot.translate((side * 0.035 * size, -0.03 * size, 0.02 * size)),
            "leg",
            birds.LEG_YELLOW,
            Tier.FIXED,
        )
        for k in (-1, 0, 1):
            claw = sphere(
                0.006 * size,
                8,
                (side * 0.035 * size + k * 0.011 * size, -0.056 * size, 0.014 * size),
            )
            a.add(claw, "leg", (40, 35, 30), Tier.FIXED)


TEMPLATE = Template(
    "owl",
    build_owl,
    0.32,
    description="a wise night bird with a round face, huge eyes and ear tufts",
    synonyms=("owlet", "barn owl", "snowy owl", "horned owl", "great horned owl"),
    kinds=("tawny owl", "eagle owl", "screech owl", "hoot owl", "hedwig"),
    parts=(*birds.PARTS, "face", "pupil", "tuft"),
    aliases={
        **birds.ALIASES,
        "ear tufts": "tuft",
        "facial disc": "face",
    },
    priority=1,
    kinds_in_wordnet=("owl",),
)
