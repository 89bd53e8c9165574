"""An elephant: a massive body on pillar legs, big ears, a curling trunk and tusks."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.large_quadruped import (
    ALIASES,
    PARTS,
    Frame,
    build_frame,
    hanging_tail,
)
from meshforge.engines.text.kit.solids import ellipsoid
from meshforge.engines.text.kit.sweeps import tube

IVORY: RGB = (245, 240, 225)


def build_elephant(a: Assembly) -> None:
    """An elephant: a massive body on pillar legs, big ears, a curling trunk and tusks."""
    skin = a.pick(((150, 150, 155), (135, 130, 130), (165, 160, 158)))
    b = build_frame(a, Frame(3.0, 1.05, 1.3, 0.28, 0.0, 30, 0.75, 1.3), skin, skin)
    head, r = b.head, b.head_r
    trunk = [
        (0.0, head[1] - r * 0.7, head[2] - r * 0.1),
        (0.0, head[1] - r * 1.05, head[2] - r * 0.8),
        (0.0, head[1] - r * 1.1, head[2] - r * 1.6),
        (0.0, head[1] - r * 1.0, b.z - b.girth * 1.1),
        (0.0, head[1] - r * 1.35, b.z - b.girth * 1.35),
    ]
    a.add(tube(trunk, r * 0.32, a.segments(r * 0.3), r * 0.16), "trunk", skin)
    for side in (-1, 1):
        ear = ellipsoid((r * 0.95, r * 0.12, r * 1.15), a.segments(r)).rotate((0, 0, side * 20))
        a.add(ear.translate((side * r * 0.95, head[1] + r * 0.45, head[2] - r * 0.1)), "ear", skin)
        if a.wants("tusk"):
            tusk = [
                (side * r * 0.3, head[1] - r * 0.35, head[2] - r * 0.45),
                (side * r * 0.42, head[1] - r * 0.95, head[2] - r * 0.95),
                (side * r * 0.4, head[1] - r * 1.45, head[2] - r * 0.85),
            ]
            a.add(tube(tusk, r * 0.1, a.segments(r * 0.1), r * 0.03), "tusk", IVORY, Tier.FIXED)
    hanging_tail(a, b, skin, (60, 60, 62), b.z * 0.55)


TEMPLATE = Template(
    "elephant",
    build_elephant,
    3.0,
    description="a huge grey animal with a trunk and tusks",
    synonyms=("baby elephant", "pachyderm"),
    kinds=("dumbo", "tusker"),
    parts=PARTS,
    aliases=ALIASES,
)
