"""A praying mantis: a long slim green insect raised on four thin legs, a long neck rising to
a triangular head with big eyes, and two folded spiked forelegs held up as if in prayer."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

GREENS: tuple[RGB, ...] = ((120, 180, 70), (100, 160, 60), (170, 160, 90))


def build_praying_mantis(a: Assembly) -> None:
    """A praying mantis: a slim body on four legs, a raised neck and head, folded forelegs."""
    mm = 0.001 * a.vary(1.0, 0.08)  # lengths below in millimetres of a grown mantis
    skin = a.pick(GREENS)
    z = 9.0 * mm
    abdomen = ellipsoid((3.2 * mm, 16.0 * mm, 3.0 * mm), a.segments(3 * mm), (0, 12.0 * mm, z))
    a.add(abdomen.rotate((-6, 0, 0)), "body", skin)
    # the long thorax rises forward and up to the head
    neck_base: Vec3 = (0.0, -2.0 * mm, z)
    head: Vec3 = (0.0, -14.0 * mm, z + 14.0 * mm)
    a.add(
        capsule(neck_base, (0.0, -12.0 * mm, z + 12.0 * mm), 1.6 * mm, 12, 1.2 * mm), "body", skin
    )
    skull = ellipsoid((4.0 * mm, 2.2 * mm, 2.6 * mm), a.segments(3 * mm), head)
    a.add(skull, "head", skin)
    for side in (-1, 1):
        a.add(
            sphere(1.5 * mm, 10, (side * 3.6 * mm, head[1] - 0.4 * mm, head[2] + 0.8 * mm)),
            "eye",
            skin if a.mentions("green eyes") else EYE,
            Tier.FIXED,
        )
    feelers, legs, arms = [], [], []
    for side in (-1, 1):
        root: Vec3 = (side * 0.8 * mm, head[1] - 1.5 * mm, head[2] + 1.5 * mm)
        feelers.append(
            capsule(
                root,
                (side * 6.0 * mm, head[1] - 8.0 * mm, head[2] + 12.0 * mm),
                0.25 * mm,
                6,
                0.12 * mm,
            )
        )
        for hip_y, foot_y in ((2.0, -6.0), (6.0, 16.0)):  # two pairs of thin walking legs
            hip: Vec3 = (side * 1.5 * mm, hip_y * mm, z - 1.0 * mm)
            knee: Vec3 = (side * 9.0 * mm, (hip_y + foot_y) * 0.5 * mm, z + 5.0 * mm)
            foot: Vec3 = (side * 12.0 * mm, foot_y * mm, 0.4 * mm)
            legs += [capsule(hip, knee, 0.5 * mm, 8), capsule(knee, foot, 0.45 * mm, 8, 0.3 * mm)]
        # the raptorial forelegs: thigh forward and down, the spiked shin folded back up
        shoulder: Vec3 = (side * 1.5 * mm, -9.0 * mm, z + 8.0 * mm)
        elbow: Vec3 = (side * 2.5 * mm, -15.0 * mm, z + 2.0 * mm)
        hand: Vec3 = (side * 2.2 * mm, -16.0 * mm, z + 9.0 * mm)
        arms += [
            capsule(shoulder, elbow, 1.1 * mm, 10, 0.9 * mm),
            capsule(elbow, hand, 0.8 * mm, 10, 0.5 * mm),
        ]
    a.add(union(feelers), "antenna", skin, Tier.FIXED)
    a.add(union(legs), "leg", skin)
    a.add(union(arms), "foreleg", skin)
    if a.wants("wing"):
        wings = ellipsoid((3.0 * mm, 13.0 * mm, 0.6 * mm), 16, (0, 10.0 * mm, z + 2.8 * mm))
        a.add(wings.rotate((-6, 0, 0)), "wing", (150, 190, 100), Tier.SECONDARY)


TEMPLATE = Template(
    "praying mantis",
    build_praying_mantis,
    0.03,
    description="a long green insect that holds its spiked front legs folded up as if praying",
    synonyms=("mantis", "mantises", "preying mantis", "praying mantises"),
    kinds=("orchid mantis", "mantid"),
    parts=("body", "head", "eye", "antenna", "leg", "foreleg", "wing"),
    aliases={"feelers": "antenna", "arms": "foreleg", "claws": "foreleg", "legs": "leg"},
)
