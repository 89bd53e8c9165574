"""A tortoise: a domed shell patterned with scutes, four legs, a head on a neck, a tail."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.solids import capsule, cylinder, dome, ellipsoid, rod

SHELLS: tuple[RGB, ...] = ((90, 110, 60), (110, 85, 50), (70, 100, 70))


SKINS: tuple[RGB, ...] = ((120, 140, 80), (140, 130, 90), (100, 120, 90))


def build_turtle(a: Assembly) -> None:
    """A tortoise: a domed shell patterned with scutes, four legs, a head on a neck, a tail."""
    length, height = a.vary(0.3, 0.1), a.vary(0.12, 0.12)
    width = length * a.vary(0.78, 0.06)
    shell, skin = a.pick(SHELLS), a.pick(SKINS)
    lift = length * 0.08
    radii = (width / 2, length / 2, height)
    a.add(dome(radii, a.segments(width / 2), (0, 0, lift)), "shell", shell)
    a.add(
        ellipsoid(
            (width / 2 * 1.04, length / 2 * 1.04, lift * 0.6), a.segments(width / 2), (0, 0, lift)
        ),
        "shell",
        shell,
    )
    grown = dome(
        (radii[0] + 0.004, radii[1] + 0.004, radii[2] + 0.004), a.segments(width / 2), (0, 0, lift)
    )
    plate = length * 0.11
    spots = [(0.0, 0.0)] + [
        (width * 0.27 * math.cos(t), length * 0.3 * math.sin(t))
        for t in (k * math.pi / 3 + math.pi / 6 for k in range(6))
    ]
    scutes = [cylinder(plate, 1.0, 6, (x, y, 0.0)) for x, y in spots]
    pattern = Manifold.batch_boolean(
        [grown, Manifold.batch_boolean(scutes, OpType.Add)], OpType.Intersect
    )
    darker: RGB = (max(0, shell[0] - 35), max(0, shell[1] - 35), max(0, shell[2] - 35))
    a.add(pattern, "scute", darker, Tier.FIXED)
    for sx in (-1, 1):
        for sy in (-1, 1):
            foot = (sx * width * 0.42, sy * length * 0.3, length * 0.03)
            hip = (sx * width * 0.3, sy * length * 0.25, lift + height * 0.2)
            a.add(
                capsule(hip, foot, length * 0.055, a.segments(length * 0.05), length * 0.05),
                "leg",
                skin,
                Tier.SECONDARY,
            )
    head = (0.0, -length * 0.62, lift + height * 0.7)
    neck = capsule(
        (0, -length * 0.35, lift + height * 0.25), head, length * 0.06, a.segments(length * 0.06)
    )
    a.add(neck, "head", skin, Tier.SECONDARY)
    head_r = length * 0.1
    a.add(
        ellipsoid((head_r, head_r * 1.3, head_r * 0.9), a.segments(head_r), head),
        "head",
        skin,
        Tier.SECONDARY,
    )
    set_eyes(a, head, head_r, 50, 20, 0.16)
    tail = rod(
        (0, length * 0.4, lift + height * 0.1),
        (0, length * 0.56, lift * 0.6),
        length * 0.03,
        8,
        0.002,
    )
    a.add(tail, "tail", skin, Tier.SECONDARY)


TEMPLATE = Template(
    "turtle",
    build_turtle,
    0.2,
    description="a slow reptile with a hard domed shell",
    synonyms=("tortoise", "box turtle"),
    kinds=(
        "terrapin",
        "snapping turtle",
        "giant tortoise",
    ),
    parts=("shell", "scute", "head", "leg", "eye", "tail"),
    aliases={"carapace": "shell", "flipper": "leg", "neck": "head"},
    kinds_in_wordnet=("turtle",),
)
