"""Reptile templates: turtle, snake (head towards the front)."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    capsule,
    cylinder,
    dome,
    ellipsoid,
    rod,
    sphere,
)
from meshforge.engines.text.shapes import tube
from meshforge.engines.text.wildlife import EYE, set_eyes

SHELLS: tuple[RGB, ...] = ((90, 110, 60), (110, 85, 50), (70, 100, 70))
SKINS: tuple[RGB, ...] = ((120, 140, 80), (140, 130, 90), (100, 120, 90))
SNAKES: tuple[RGB, ...] = (
    (70, 130, 60),
    (150, 120, 60),
    (40, 40, 42),
    (200, 170, 60),
    (170, 60, 40),
)
TONGUE: RGB = (200, 30, 50)


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


def build_snake(a: Assembly) -> None:
    """A coiled snake raising its head at the front, tongue out."""
    girth = a.vary(0.022, 0.1)
    color = a.pick(SNAKES)
    turns, outer = a.vary(1.6, 0.1), a.vary(0.13, 0.1)
    inner = outer - turns * girth * 2.4  # turns sit side by side, never inside each other
    steps = 40
    coil: list[Vec3] = []
    for k in range(steps + 1):
        t = k / steps
        angle = 2 * math.pi * turns * t + math.pi / 2
        r = outer + (inner - outer) * t
        coil.append((r * math.cos(angle), r * math.sin(angle), girth))
    a.add(tube(coil, girth * 0.25, a.segments(girth), girth), "body", color)
    start = coil[-1]
    rise = a.vary(0.17, 0.12)
    head = (0.0, -outer * 0.55, rise)
    neck = [
        start,
        (start[0] * 0.5, start[1] * 0.5, girth + rise * 0.45),
        (0.0, head[1] * 0.6, rise * 0.95),
        head,
    ]
    a.add(tube(neck, girth, a.segments(girth), girth * 0.95), "body", color)
    head_shape = ellipsoid((girth * 1.4, girth * 2.0, girth * 0.9), a.segments(girth * 1.4))
    snout = (head[0], head[1] - girth * 1.1, head[2])
    a.add(head_shape.translate(snout), "head", color)
    for side in (-1, 1):
        eye = (side * girth * 1.05, snout[1] - girth * 0.5, snout[2] + girth * 0.45)
        a.add(sphere(girth * 0.3, a.segments(girth * 0.3), eye), "eye", EYE, Tier.FIXED)
    if a.wants("tongue"):
        base = (0.0, snout[1] - girth * 1.7, snout[2] - girth * 0.2)
        fork = (0.0, base[1] - girth * 1.2, base[2])
        a.add(
            rod((0, snout[1] - girth * 1.2, base[2]), fork, girth * 0.12, 6),
            "tongue",
            TONGUE,
            Tier.FIXED,
        )
        for side in (-1, 1):
            a.add(
                rod(fork, (side * girth * 0.35, fork[1] - girth * 0.5, fork[2]), girth * 0.1, 6),
                "tongue",
                TONGUE,
                Tier.FIXED,
            )


TEMPLATES = (
    Template(
        "turtle",
        build_turtle,
        0.2,
        synonyms=("tortoise", "box turtle"),
        parts=("shell", "scute", "head", "leg", "eye", "tail"),
        aliases={"carapace": "shell", "flipper": "leg", "neck": "head"},
    ),
    Template(
        "snake",
        build_snake,
        0.2,
        synonyms=("cobra", "python", "viper", "rattlesnake"),
        parts=("body", "head", "eye", "tongue"),
        aliases={"scale": "body", "coil": "body"},
    ),
)
