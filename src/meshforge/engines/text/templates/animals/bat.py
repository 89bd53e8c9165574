"""A bat in flight: a small furry body, big pointed ears, leathery wings spread between fingers."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.creatures import membrane_fingers, membrane_wing, plan_blade
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, ellipsoid, sphere, union

FURS: tuple[RGB, ...] = ((60, 45, 38), (45, 40, 40), (90, 65, 45))
MEMBRANE: tuple[RGB, ...] = ((35, 30, 32), (55, 42, 38), (70, 50, 45))


def build_bat(a: Assembly) -> None:
    """A bat in flight: a small furry body, big pointed ears, leathery wings spread wide."""
    size = a.vary(1.0, 0.1) * (2.0 if a.mentions("fruit bat", "flying fox") else 1.0)
    fur = a.pick(FURS)
    z = 0.025 * size  # wings spread as in flight, raised from the shoulders
    body = ellipsoid((0.022 * size, 0.05 * size, 0.02 * size), a.segments(0.03 * size), (0, 0, z))
    a.add(body, "body", fur)
    head_r = 0.019 * size
    head: Vec3 = (0.0, -0.058 * size, z + 0.006 * size)
    a.add(sphere(head_r, a.segments(head_r), head), "head", fur)
    snout = ellipsoid(
        (head_r * 0.5, head_r * 0.6, head_r * 0.45),
        12,
        (0.0, head[1] - head_r * 0.9, head[2] - head_r * 0.2),
    )
    a.add(snout, "head", fur)
    set_eyes(a, head, head_r, 40, 15, 0.2)
    if a.wants("ear"):
        ears = []
        for side in (-1, 1):
            ear = cylinder(head_r * 0.55, head_r * 1.5, 12, (0, 0, 0), head_r * 0.05)
            ears.append(
                ear.scale((1.0, 0.4, 1.0))
                .rotate((-5, side * 28, 0))
                .translate((side * head_r * 0.5, head[1], head[2] + head_r * 0.5))
            )
        a.add(union(ears), "ear", fur)
    span = 0.16 * size * a.vary(1.0, 0.08)
    lift = a.between(20, 35)
    chord = 0.12 * size
    outline = membrane_wing(span, chord, 4, curve=4)
    wrist, tips = membrane_fingers(span, chord, 4)
    membrane = a.pick(MEMBRANE)
    bone_r = 0.0032 * size
    # the arm out to the wrist and the long fingers fanning from it, drawn over the membrane
    shoulder = (0.0, -chord * 0.05, 0.0)
    bones = [capsule(shoulder, (*wrist, 0.0), bone_r * 1.3, 8)]
    bones += [capsule((*wrist, 0.0), (*tip, 0.0), bone_r, 8, bone_r * 0.5) for tip in tips]
    for side in (-1, 1):

        def placed(solid: Manifold, side: int = side) -> Manifold:
            solid = solid.translate((0, -0.045 * size, 0))
            if side < 0:
                solid = solid.mirror((1.0, 0.0, 0.0))
            return solid.rotate((0, -side * lift, 0)).translate(
                (side * 0.015 * size, 0.0, z + 0.004 * size)
            )

        a.add(placed(plan_blade(outline, 0.003 * size)), "wing", membrane, Tier.SECONDARY)
        if a.wants("finger"):
            a.add(placed(union(bones)), "finger", fur)
        hip: Vec3 = (side * 0.012 * size, 0.035 * size, z)
        a.add(
            capsule(hip, (side * 0.02 * size, 0.075 * size, z - 0.004 * size), 0.004 * size, 8),
            "leg",
            fur,
        )


TEMPLATE = Template(
    "bat",
    build_bat,
    0.15,
    description="a small flying mammal with big ears and leathery wings, active at night",
    synonyms=("bats", "vampire bat", "fruit bat", "flying fox", "brown bat"),
    kinds=("baby bat", "bat flying"),
    not_claimed=("baseball bat", "cricket bat", "softball bat", "wooden bat", "bat and ball"),
    parts=("body", "head", "eye", "ear", "wing", "finger", "leg"),
    aliases={
        "fur": "body",
        "wings": "wing",
        "membrane": "wing",
        "ears": "ear",
        "feet": "leg",
        "fingers": "finger",
        "bones": "finger",
    },
)
