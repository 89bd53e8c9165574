"""An armadillo: a small body under a domed shell of bands, a pointed head and a ringed tail."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import hoop

ARMADILLO = Beast(
    length=0.36,
    girth=0.1,
    leg=0.035,
    leg_r=0.02,
    head_r=0.045,
    muzzle=1.5,
    muzzle_r=0.38,
    neck=0.01,
    tilt=-10,
    chest=0.95,
    ears="pointy",
    ear=0.8,
    tail="none",
    coats=((205, 180, 165), (190, 165, 150)),
    droop=0.35,
)
SHELLS: tuple[RGB, ...] = ((150, 125, 105), (125, 110, 100), (165, 140, 115))


def build_armadillo(a: Assembly) -> None:
    """An armadillo: a domed shell of hoops over a small body, a long snout, a ringed tail."""
    b = build_beast(a, ARMADILLO)
    shell_color = a.color("shell", SHELLS)
    g, length = b.girth, b.length
    center: Vec3 = (0.0, 0.0, b.z + g * 0.15)
    radii: Vec3 = (g * 1.15, length * 0.62, g * 1.15)
    a.add(ellipsoid(radii, a.segments(g * 1.2), center), "shell", shell_color, Tier.SECONDARY)
    # the movable bands across the middle: raised hoops round the shell
    bands = a.count("band", 7, 3, 12)
    for k in range(bands):
        y = length * 0.5 * (k / max(1, bands - 1) - 0.5)
        shrink = math.sqrt(max(0.0, 1.0 - (y / radii[1]) ** 2))
        ring = hoop(radii[0] * shrink, g * 0.06, a.segments(g), (0.0, 0.0, 0.0))
        ring = ring.rotate((90, 0, 0)).scale((1.0, 1.0, radii[2] / radii[0]))
        a.add(ring.translate((0.0, y, center[2])), "band", shell_color, Tier.SECONDARY)
    # a helmet of shell on the head
    a.add(
        ellipsoid(
            (b.head_r * 0.9, b.head_r * 1.3, b.head_r * 0.6),
            a.segments(b.head_r),
            (0.0, b.head[1] - b.head_r * 0.3, b.head[2] + b.head_r * 0.45),
        ),
        "shell",
        shell_color,
        Tier.SECONDARY,
    )
    if a.wants("tail"):
        base: Vec3 = (0.0, length * 0.55, b.z)
        end: Vec3 = (0.0, length * 1.05, b.leg * 0.3)
        a.add(capsule(base, end, g * 0.3, a.segments(g * 0.3), g * 0.06), "tail", shell_color)
        for k in range(4):
            t = 0.15 + 0.18 * k
            at = tuple(p + (q - p) * t for p, q in zip(base, end, strict=True))
            r = g * (0.3 - 0.24 * t) * 1.1
            a.add(
                rod((at[0], at[1] - g * 0.03, at[2]), (at[0], at[1] + g * 0.03, at[2]), r, 10),
                "tail",
                shell_color,
            )


TEMPLATE = Template(
    "armadillo",
    build_armadillo,
    0.22,
    description="a small animal covered in a domed armoured shell of bands, with a pointed snout",
    synonyms=("armadillos", "armidillo"),
    kinds=(
        "nine banded armadillo",
        "three banded armadillo",
        "pink fairy armadillo",
        "baby armadillo",
    ),
    parts=(*PARTS, "shell", "band"),
    aliases={**ALIASES, "armor": "shell", "armour": "shell", "bands": "band", "plates": "band"},
)
