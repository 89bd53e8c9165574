"""The Eiffel Tower: four splayed legs joined by arches, two platforms and a tapering spire."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract, union

IRONS: tuple[RGB, ...] = ((120, 95, 70), (95, 85, 75), (140, 120, 90), (60, 60, 64))


def build_eiffel_tower(a: Assembly) -> None:
    """Four splayed legs joined by arches, two platforms and a tapering spire."""
    iron = a.pick(IRONS)
    h = a.vary(30.0, 0.06)
    foot = h * a.between(0.19, 0.23)
    first, second = h * 0.2, h * 0.4
    w1, w2 = foot * 0.55, foot * 0.28
    # legs: tapered square struts from each footing to the first platform's corners, then on
    for sx in (-1, 1):
        for sy in (-1, 1):
            base = (sx * foot, sy * foot, 0.0)
            mid = (sx * w1 * 0.8, sy * w1 * 0.8, first)
            top = (sx * w2 * 0.7, sy * w2 * 0.7, second)
            a.add(rod(base, mid, h * 0.045, 4, h * 0.03).rotate((0, 0, 0)), "leg", iron)
            a.add(rod(mid, top, h * 0.028, 4, h * 0.018), "leg", iron)
    # the great arches between the legs, below the first platform, in the plane of the legs
    arch_z0, arch_z1 = first * 0.45, first * 1.0
    reach = foot - (foot - w1 * 0.8) * 0.72
    for turn in (0, 90):
        plate = box((reach * 2.0, h * 0.012, arch_z1 - arch_z0), (0, 0, (arch_z0 + arch_z1) / 2))
        hole = rod((0, -h, arch_z0 - reach * 0.2), (0, h, arch_z0 - reach * 0.2), reach * 0.95, 32)
        arch = subtract(plate, hole)
        for side in (-1, 1):
            a.add(arch.translate((0, side * reach, 0)).rotate((0, 0, turn)), "arch", iron)
    a.add(box((w1 * 2.3, w1 * 2.3, h * 0.02), (0, 0, first)), "platform", iron)
    a.add(box((w2 * 1.9, w2 * 1.9, h * 0.016), (0, 0, second)), "platform", iron)
    spire = cylinder(w2 * 0.9, h * 0.5, 4, (0, 0, second), h * 0.012).rotate((0, 0, 45))
    a.add(spire, "spire", iron)
    a.add(box((h * 0.03, h * 0.03, h * 0.025), (0, 0, h * 0.88)), "platform", iron)
    a.add(rod((0, 0, h * 0.88), (0, 0, h * 1.0), h * 0.004, 8), "antenna", iron)
    # lattice hint: cross braces on each face of the lower section
    braces = []
    for k in range(3):
        z0 = second + k * h * 0.12
        half = w2 * 0.9 * (1 - (z0 - second) / (h * 0.5)) + h * 0.003
        braces.append(box((half * 2, half * 2, h * 0.006), (0, 0, z0 + h * 0.06)))
    a.add(union(braces).rotate((0, 0, 45)).scale((0.72, 0.72, 1.0)), "platform", iron)


TEMPLATE = Template(
    "eiffel tower",
    build_eiffel_tower,
    30.0,
    description="the iron lattice tower of Paris on four splayed legs, tapering to a point",
    synonyms=("eiffel", "tour eiffel", "paris tower", "lattice tower"),
    kinds=("radio mast",),
    parts=("leg", "arch", "platform", "spire", "antenna"),
    aliases={"deck": "platform", "top": "spire", "iron": "leg"},
)
