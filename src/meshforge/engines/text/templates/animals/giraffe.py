"""A giraffe: long legs, a very long neck with a mane, ossicones and a spotted coat."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.large_quadruped import (
    ALIASES,
    PARTS,
    Frame,
    build_frame,
    flank_patches,
    hanging_tail,
)
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere, union


def build_giraffe(a: Assembly) -> None:
    """A giraffe: long legs, a very long neck with a mane, ossicones and a spotted coat."""
    coat, spot = (235, 190, 110), a.pick(((150, 90, 45), (125, 70, 40)))
    b = build_frame(a, Frame(2.0, 0.55, 1.75, 0.08, 2.1, 62, 0.2, 2.6), coat, coat)
    head, r = b.head, b.head_r
    neck_top = head
    root = (0.0, -b.length * 0.4, b.z + b.girth * 0.35)
    if a.wants("spot"):
        spots = flank_patches(a, b, 14, b.girth * 0.3)
        for k in range(6):
            t = (k + 0.5) / 6
            at = tuple(root[i] + (neck_top[i] - root[i]) * t for i in range(3))
            side = 1 if k % 2 else -1
            spots.append(ellipsoid((0.05, 0.1, 0.1), 12, (side * r * 0.6, at[1], at[2])))
        a.add(union(spots), "spot", spot, Tier.SECONDARY)
    mane = capsule(
        (0, root[1] + 0.15, root[2] + 0.2), (0, head[1] + r * 0.6, head[2] - r * 0.2), 0.05, 8
    )
    a.add(mane.scale((0.6, 1, 1)), "mane", spot, Tier.SECONDARY)
    for side in (-1, 1):
        base = (side * r * 0.35, head[1] + r * 0.2, head[2] + r * 0.6)
        tip = (side * r * 0.45, head[1] + r * 0.3, head[2] + r * 1.3)
        a.add(capsule(base, tip, r * 0.09, 8), "ossicone", spot, Tier.SECONDARY)
        a.add(sphere(r * 0.14, 12, tip), "ossicone", (60, 45, 35), Tier.FIXED)
        ear = ellipsoid((r * 0.4, r * 0.1, r * 0.16), a.segments(r * 0.3)).rotate(
            (0, side * -25, 0)
        )
        a.add(ear.translate((side * r * 0.8, head[1] + r * 0.35, head[2] + r * 0.35)), "ear", coat)
    hanging_tail(a, b, coat, (50, 40, 35), b.z * 0.5)


TEMPLATE = Template(
    "giraffe",
    build_giraffe,
    4.5,
    description="a tall animal with a very long neck",
    synonyms=("baby giraffe", "camelopard"),
    parts=PARTS,
    aliases=ALIASES,
)
