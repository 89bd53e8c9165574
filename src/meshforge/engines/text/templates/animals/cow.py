"""A cow: patched or plain coat, short horns, floppy ears, pink muzzle, udder and tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.large_quadruped import (
    ALIASES,
    HORN,
    PARTS,
    Frame,
    build_frame,
    flank_patches,
    hanging_tail,
)
from meshforge.engines.text.kit.solids import ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import tube

PINK: RGB = (235, 170, 170)


def build_cow(a: Assembly) -> None:
    """A cow: patched or plain coat, short horns, floppy ears, pink muzzle, udder and tail."""
    plain = a.mentions("brown", "jersey", "highland") or a.chance(0.3)
    coat = a.pick(((150, 95, 55), (120, 70, 45))) if plain else (245, 243, 238)
    b = build_frame(a, Frame(1.8, 0.42, 0.75, 0.085, 0.25, 20, 0.24, 2.2), coat, coat)
    if not plain and a.wants("patch"):
        spots = flank_patches(a, b, a.pick((6, 7, 8)), b.girth * 0.45)
        a.add(union(spots), "patch", (35, 32, 30), Tier.SECONDARY)
    head, r = b.head, b.head_r
    muzzle = ellipsoid((r * 0.7, r * 0.45, r * 0.5), a.segments(r * 0.7))
    a.add(muzzle.translate((0, head[1] - r * 0.95, head[2] - r * 0.65)), "muzzle", PINK, Tier.FIXED)
    for side in (-1, 1):
        horn = [
            (side * r * 0.5, head[1] + r * 0.2, head[2] + r * 0.6),
            (side * r * 0.95, head[1] + r * 0.1, head[2] + r * 0.85),
            (side * r * 1.15, head[1] - r * 0.15, head[2] + r * 1.1),
        ]
        a.add(tube(horn, r * 0.12, a.segments(r * 0.12), r * 0.04), "horn", HORN, Tier.FIXED)
        ear = ellipsoid((r * 0.45, r * 0.12, r * 0.22), a.segments(r * 0.3)).rotate(
            (0, side * -20, 0)
        )
        a.add(ear.translate((side * r * 0.95, head[1] + r * 0.25, head[2] + r * 0.25)), "ear", coat)
    udder = sphere(
        b.girth * 0.28, a.segments(b.girth * 0.28), (0, b.length * 0.25, b.z - b.girth * 0.82)
    )
    a.add(udder, "udder", PINK, Tier.FIXED)
    hanging_tail(a, b, coat, (40, 35, 30), b.z * 0.8)


TEMPLATE = Template(
    "cow",
    build_cow,
    1.5,
    description="a large farm animal that gives milk",
    synonyms=("cattle", "bull", "calf", "ox", "heifer", "dairy cow"),
    kinds=("bullock", "steer", "longhorn", "holstein"),
    parts=PARTS,
    aliases=ALIASES,
    kinds_in_wordnet=("cattle", "cow"),
)
