"""A venus flytrap: a low rosette of leaves, each ending in a trap of two clam-like lobes
hinged open, red inside and fringed with long teeth along their rims."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    cylinder,
    ellipsoid,
    sphere,
    union,
    vessel,
)

GREEN: RGB = (110, 170, 60)
INSIDE: RGB = (200, 45, 50)
POT: RGB = (190, 105, 70)
SOIL: RGB = (80, 60, 45)


def _trap(size: float, gape: float) -> tuple[Manifold, Manifold, Manifold]:
    """One trap at the origin opening upwards along +Z, hinge along Y: its two lobes, their
    red insides and the teeth, each lobe tipped ``gape`` degrees out from shut."""
    lobes, insides, teeth = [], [], []
    for side in (-1, 1):
        # a shallow half-shell: a flattened ellipsoid cut in half, cupped towards the middle
        shell = ellipsoid((size * 0.18, size * 0.5, size * 0.42), 20).translate((0, 0, size * 0.42))
        shell = shell.trim_by_plane((side, 0, 0), 0.0)
        inner = ellipsoid((size * 0.05, size * 0.44, size * 0.36), 16).translate(
            (side * size * 0.02, 0, size * 0.44)
        )
        rim = []
        for k in range(9):
            angle = math.pi * (k + 0.5) / 9  # round the lobe's free edge
            base = (0.0, -size * 0.5 * math.cos(angle), size * 0.42 + size * 0.42 * math.sin(angle))
            tip = (side * size * 0.08, base[1] * 1.35, size * 0.42 + (base[2] - size * 0.42) * 1.35)
            rim.append(capsule(base, tip, size * 0.02, 6, size * 0.008))
        turn = (0, side * gape, 0)
        lobes.append(shell.rotate(turn))
        insides.append(inner.rotate(turn))
        teeth.append(union(rim).rotate(turn))
    # the hinge where both lobes grow from the leaf's tip, holding the trap together
    lobes.append(sphere(size * 0.1, 12))
    return union(lobes), union(insides), union(teeth)


def build_venus_flytrap(a: Assembly) -> None:
    """A venus flytrap: a rosette of leaves each ending in an open toothed trap, red inside."""
    size = a.vary(0.05, 0.08)
    count = a.pick((4, 5, 6))
    potted = a.maybe("pot", 0.6, "potted")
    ground = 0.0
    if potted:
        pot = vessel([(0.055, 0.0), (0.07, 0.075)], 0.006, 0.008, a.segments(0.07))
        a.add(pot, "pot", POT, Tier.SECONDARY)
        ground = 0.068
    a.add(
        cylinder(0.064 if potted else 0.05, 0.01, a.segments(0.06), (0, 0, ground - 0.008)),
        "soil",
        SOIL,
        Tier.FIXED,
    )
    leaves, lobes, insides, teeth = [], [], [], []
    for k in range(count):
        heading = 2 * math.pi * k / count + a.between(-0.3, 0.3)
        reach, rise = a.between(0.05, 0.08), a.between(0.03, 0.07)
        end: Vec3 = (reach * math.cos(heading), reach * math.sin(heading), ground + rise)
        leaves.append(spindle((0.0, 0.0, ground - 0.004), end, size * 0.14, 12, 0.35))
        lobe, inside, tooth = _trap(size, a.between(20, 40))
        # the trap stands at the leaf's end, leaning outwards, its hinge across the leaf
        tilt = (0, a.between(25, 45), math.degrees(heading))
        lobes.append(lobe.rotate((0, 0, 90)).rotate(tilt).translate(end))
        insides.append(inside.rotate((0, 0, 90)).rotate(tilt).translate(end))
        teeth.append(tooth.rotate((0, 0, 90)).rotate(tilt).translate(end))
    a.add(union(leaves), "leaf", GREEN)
    a.add(union(lobes), "trap", GREEN)
    a.add(union(insides), "inside", INSIDE, Tier.SECONDARY)
    a.add(union(teeth), "teeth", GREEN, Tier.FIXED)


TEMPLATE = Template(
    "venus flytrap",
    build_venus_flytrap,
    0.16,
    description="a small carnivorous plant whose leaves end in toothed jaws that snap shut",
    synonyms=("venus fly trap", "flytrap", "fly trap plant", "carnivorous plant"),
    kinds=("flytrap plant", "dionaea"),
    parts=("leaf", "trap", "inside", "teeth", "pot", "soil"),
    aliases={
        "jaws": "trap",
        "lobes": "trap",
        "mouth": "inside",
        "spikes": "teeth",
        "leaves": "leaf",
    },
)
