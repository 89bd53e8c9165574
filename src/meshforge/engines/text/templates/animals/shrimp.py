"""A shrimp curled in a C on its side: a pink plated body, a fan tail, long feelers, legs."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.crustaceans import arc, feelers, plated_tail, tail_fan
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

SHELLS: tuple[RGB, ...] = ((245, 120, 80), (240, 140, 100), (230, 100, 70))


def build_shrimp(a: Assembly) -> None:
    """A shrimp curled in a C on its side: a pink plated body, a fan tail, long feelers, legs."""
    s = a.vary(1.0, 0.08)  # about 0.1 m from head to the curled tail
    shell = a.pick(SHELLS)
    radius = 0.034 * s
    bend = a.between(170, 210)  # how tightly it is curled
    # built upright in the YZ plane: head in front, the back arching over, the tail tucked
    # under behind; then laid on its side, as a shrimp on a plate lies
    spine = arc((0.0, 0.0, 0.0), radius, 200, 200 - bend, 8)
    head: Vec3 = spine[0]

    def lay(solid: Manifold) -> Manifold:
        return solid.rotate((0, 90, 0)).translate((0, 0, 0.016 * s))

    body = plated_tail(spine, 0.012 * s, 0.005 * s, 1.2)
    cap = ellipsoid(
        (0.012 * s, 0.022 * s, 0.012 * s),
        a.segments(0.015 * s),
        (head[0], head[1] - 0.01 * s, head[2]),
    )
    a.add(lay(union([body, cap])), "body", shell)
    end, before = spine[-1], spine[-2]
    turn = math.degrees(math.atan2(end[2] - before[2], end[1] - before[1]))
    fan = tail_fan(0.03 * s, 0.022 * s, 0.0015 * s).rotate((turn, 0, 0)).translate(end)
    a.add(lay(fan), "tail", shell)
    if a.wants("leg"):
        legs = []
        for _x, y, z in spine[1:6]:
            for side in (-1, 1):
                inner = (side * 0.006 * s, y * 0.45, z * 0.45)
                legs.append(capsule((side * 0.004 * s, y, z), inner, 0.0012 * s, 8))
        a.add(lay(union(legs)), "leg", shell)
    front: Vec3 = (head[0], head[1] - 0.012 * s, head[2])
    a.add(lay(feelers(front, 0.012 * s, 0.08 * s, 0.03 * s, 0.0)), "antenna", shell)
    eyes = [
        sphere(0.0028 * s, 10, (side * 0.007 * s, front[1] + 0.004 * s, front[2] + 0.004 * s))
        for side in (-1, 1)
    ]
    a.add(lay(union(eyes)), "eye", EYE, Tier.FIXED)


TEMPLATE = Template(
    "shrimp",
    build_shrimp,
    0.035,
    description="a small pink curled shellfish with a fan tail and long feelers",
    synonyms=("shrimps", "prawn", "prawns", "king prawn", "tiger prawn"),
    kinds=("cooked shrimp", "pink shrimp"),
    not_claimed=("shrimp cocktail", "fried shrimp", "shrimp tempura"),
    parts=("body", "tail", "leg", "antenna", "eye"),
    aliases={"shell": "body", "antennae": "antenna", "feelers": "antenna", "legs": "leg"},
)
