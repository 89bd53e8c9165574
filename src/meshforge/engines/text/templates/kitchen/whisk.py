"""A balloon whisk lying down: a handle and loops of steel wire swelling into a teardrop."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import capsule, cylinder
from meshforge.engines.text.kit.sweeps import tube

HANDLES: tuple[RGB, ...] = (STEEL, (30, 30, 34), (200, 45, 45), (160, 110, 65), (240, 240, 238))


def build_whisk(a: Assembly) -> None:
    """A balloon whisk lying down: a handle and loops of steel wire swelling into a teardrop."""
    handle_l, loop_l, bulge = a.vary(0.12, 0.1), a.vary(0.17, 0.1), a.vary(0.035, 0.12)
    loops = a.count("wire", 4, 2, 8)
    # built standing along +Z, handle below the wires; laid down at the end
    pieces: list[tuple[Manifold, str, RGB | tuple[RGB, ...]]] = []
    handle = capsule((0, 0, 0.0), (0, 0, handle_l), 0.012, a.segments(0.012), 0.009)
    pieces.append((handle, "handle", HANDLES))
    ferrule_h = loop_l * 0.3
    ferrule = cylinder(0.011, ferrule_h, 16, (0, 0, handle_l - 0.005), 0.0085)
    pieces.append((ferrule, "wire", STEEL))
    for k in range(loops):
        # each loop lies in its own plane through the handle's axis and reaches the axis only
        # at its tip; the tips are staggered so that no two wires cross (a crossing of many
        # thin tubes makes the union slow), and both ends sink into the ferrule
        length = loop_l * (1 - 0.025 * k)
        points = []
        for step in range(15):
            t = 0.9 + (2 * math.pi - 1.8) * step / 14
            x = bulge * math.sin(t) * (1 - math.cos(t)) / 1.6
            z = handle_l - 0.01 + length * (1 - math.cos(t)) / 2
            points.append((x, 0.0, z))
        loop = tube(points, 0.0014, 8).rotate((0, 0, 180 * k / loops))
        pieces.append((loop, "wire", STEEL))
    for solid, part, color in pieces:
        tier = Tier.PRIMARY if part == "handle" else Tier.FIXED
        a.add(
            solid.rotate((0, 90, 0))
            .translate((-(handle_l + loop_l) / 2, 0, 0.04))
            .rotate((0, 0, 20)),
            part,
            color,
            tier,
        )


TEMPLATE = Template(
    "whisk",
    build_whisk,
    0.08,
    description="a kitchen whisk with loops of steel wire for beating eggs and cream",
    synonyms=("balloon whisk", "egg beater", "egg whisk", "wire whisk"),
    kinds=("french whisk",),
    parts=("handle", "wire"),
    aliases={"wires": "wire", "loop": "wire", "loops": "wire"},
)
