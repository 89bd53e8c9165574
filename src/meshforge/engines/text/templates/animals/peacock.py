"""A peacock showing off: a blue body on thin legs and a great green train fanned out with eyes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.fowl import display_fan
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import tube

BLUES: tuple[RGB, ...] = ((25, 75, 170), (20, 95, 160), (30, 60, 150))
TRAIN: tuple[RGB, ...] = ((40, 125, 75), (55, 140, 70), (35, 110, 90))
GOLD: RGB = (215, 175, 60)
EYE_BLUE: RGB = (20, 40, 110)
WING_BROWN: RGB = (150, 110, 70)


def build_peacock(a: Assembly) -> None:
    """A peacock: a blue body on thin legs and a great green train fanned out with eyes."""
    size = a.vary(1.0, 0.06)
    blue = a.pick(BLUES)
    core: Vec3 = (0.0, 0.02 * size, 0.5 * size)
    birds.body(a, core, (0.1 * size, 0.18 * size, 0.11 * size), 10, blue)
    wing = ellipsoid((0.035 * size, 0.14 * size, 0.07 * size), a.segments(0.06 * size))
    for side in (-1, 1):
        at = (side * 0.085 * size, 0.06 * size, 0.52 * size)
        a.add(wing.rotate((10, 0, 0)).translate(at), "wing", WING_BROWN, Tier.SECONDARY)
    r = 0.03 * size
    head: Vec3 = (0.0, -0.16 * size, 0.86 * size)
    neck: list[Vec3] = [(0.0, -0.1 * size, 0.55 * size), (0.0, -0.16 * size, 0.72 * size), head]
    a.add(tube(neck, r * 1.3, a.segments(r), r * 0.9), "neck", blue)
    birds.head(a, head, r * 1.1, blue, eye_yaw=60, eye=0.16)
    birds.cone_beak(a, (0.0, head[1] - r * 0.8, head[2]), r * 0.35, r * 1.4, 0.25, (200, 190, 170))
    if a.wants("crest"):
        tufts = []
        for side in (-1, 0, 1):
            top = (side * r * 0.5, head[1] + r * 0.1, head[2] + r * 2.6)
            tufts += [
                capsule((0, head[1], head[2] + r * 0.8), top, r * 0.08, 8),
                sphere(r * 0.25, 10, top),
            ]
        a.add(union(tufts), "crest", blue)
    if a.wants("tail"):
        fan = display_fan(a, (0.0, 0.14 * size, 0.5 * size), 0.95 * size, 18, 80)
        a.add(fan.blade(14), "tail", a.pick(TRAIN))
        if a.wants("eyespot"):
            rows = (0.5, 0.72, 0.92)
            a.add(fan.spots(rows, 0.045 * size, 0.006 * size, 6), "eyespot", GOLD, Tier.FIXED)
            a.add(fan.spots(rows, 0.024 * size, 0.014 * size, 6), "eyespot", EYE_BLUE, Tier.FIXED)
    birds.legs(
        a, (0.0, 0.04 * size, 0.44 * size), 0.04 * size, 0.01 * size, (160, 150, 140), 0.06 * size
    )


TEMPLATE = Template(
    "peacock",
    build_peacock,
    1.2,
    description="a blue bird with a huge green tail fanned out behind it, covered in eye spots",
    synonyms=("peacocks", "peafowl", "peahen", "pea cock"),
    kinds=("indian peafowl", "white peacock"),
    parts=(*birds.PARTS, "neck", "crest", "eyespot"),
    aliases={**birds.ALIASES, "train": "tail", "fan": "tail", "spots": "eyespot"},
)
