"""A totem pole: a carved cedar log of stacked painted faces, a spread-winged bird on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

CEDAR: tuple[RGB, ...] = ((150, 95, 60), (125, 80, 50), (170, 120, 80))
PAINTS: tuple[RGB, ...] = ((180, 40, 35), (30, 30, 32), (40, 110, 110), (235, 230, 215))
EYE: RGB = (245, 242, 230)
PUPIL: RGB = (25, 25, 28)


def _face(a: Assembly, r: float, z: float, h: float, wood: RGB) -> None:
    """One carved figure: a drum of the log with big eyes, a brow, a nose or beak and a mouth."""
    a.add(cylinder(r, h, a.segments(r), (0, 0, z)), "pole", wood)
    paint = a.pick(PAINTS)
    brow = box((r * 1.5, r * 0.3, h * 0.08), (0, -r * 0.85, z + h * 0.78))
    a.add(brow, "paint", paint, Tier.SECONDARY)
    for sx in (-1, 1):
        a.add(front_disc(r * 0.26, r * 0.3, 16, sx * r * 0.4, z + h * 0.62, -r * 0.88), "eye", EYE)
        a.add(
            front_disc(r * 0.12, r * 0.3, 12, sx * r * 0.4, z + h * 0.62, -r * 0.98), "eye", PUPIL
        )
    if a.chance(0.5):  # a long beak
        beak = face_prism([(-r * 0.2, 0), (r * 0.2, 0), (0, -h * 0.3)], r * 0.8, 0)
        beak = beak.translate((0, -r * 1.1, z + h * 0.52))
        a.add(beak, "paint", paint, Tier.SECONDARY)
    else:
        a.add(
            ellipsoid((r * 0.16, r * 0.3, h * 0.14), 12, (0, -r * 0.9, z + h * 0.42)), "pole", wood
        )
    a.add(box((r * 0.9, r * 0.3, h * 0.1), (0, -r * 0.88, z + h * 0.2)), "paint", paint)


def build_totem_pole(a: Assembly) -> None:
    """A carved cedar log of stacked painted faces, a spread-winged bird on top."""
    wood = a.pick(CEDAR)
    r = a.vary(0.35, 0.1)
    faces = a.count("face", a.pick((3, 4, 4, 5)), 2, 7)
    h = r * a.vary(3.0, 0.1)
    for k in range(faces):
        _face(a, r * (1.0 - 0.04 * k), k * h, h, wood)
    top = faces * h
    if a.wants("wings"):
        span = r * a.vary(5.0, 0.1)
        wings = face_prism(
            [
                (-span / 2, 0),
                (span / 2, 0),
                (span / 2, h * 0.5),
                (0, h * 0.15),
                (-span / 2, h * 0.5),
            ],
            r * 0.25,
            0,
        )
        a.add(wings.translate((0, 0, top - h * 0.35)), "wings", a.pick(PAINTS), Tier.SECONDARY)
    head = ellipsoid((r * 0.7, r * 0.75, h * 0.45), a.segments(r), (0, 0, top + h * 0.2))
    a.add(head, "pole", wood)
    a.add(
        rod((0, -r * 0.5, top + h * 0.25), (0, -r * 1.4, top + h * 0.1), r * 0.18, 12, 0.02),
        "paint",
        PAINTS[0],
    )


TEMPLATE = Template(
    "totem pole",
    build_totem_pole,
    5.0,
    description="a tall carved and painted wooden pole of stacked animal faces with a bird on top",
    synonyms=("totem", "totem poles", "carved totem"),
    parts=("pole", "paint", "eye", "wings"),
    aliases={"log": "pole", "wood": "pole", "beak": "paint", "wing": "wings"},
)
