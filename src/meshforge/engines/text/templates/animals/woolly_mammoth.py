"""A woolly mammoth: an elephant's frame under a shaggy brown coat, a domed head and a sloping
back, small ears, and long tusks curving out, up and in."""

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
from meshforge.engines.text.kit.solids import ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

COATS: tuple[RGB, ...] = ((110, 70, 40), (95, 60, 35), (130, 85, 50))
IVORY: RGB = (240, 230, 205)


def build_woolly_mammoth(a: Assembly) -> None:
    """A woolly mammoth: shaggy coat, humped shoulders, domed head, long curved tusks."""
    coat = a.pick(COATS)
    b = build_frame(a, Frame(3.2, 1.15, 1.2, 0.3, 0.0, 35, 0.8, 1.2), coat, coat)
    head, r = b.head, b.head_r
    # a hump over the shoulders and a domed crown: the back slopes down to the rump
    hump = (0.0, -b.length * 0.22, b.z + b.girth * 0.45)
    a.add(
        ellipsoid((b.girth * 0.8, b.length * 0.3, b.girth * 0.75), a.segments(b.girth), hump),
        "body",
        coat,
    )
    a.add(
        sphere(r * 0.75, a.segments(r), (0.0, head[1] + r * 0.1, head[2] + r * 0.55)), "head", coat
    )
    # the shaggy skirt of long hair hanging from the belly and flanks
    skirt = ellipsoid(
        (b.girth * 1.02, b.length * 0.46, b.girth * 0.55),
        a.segments(b.girth),
        (0.0, 0.0, b.z - b.girth * 0.45),
    )
    a.add(skirt, "body", coat)
    trunk = [
        (0.0, head[1] - r * 0.7, head[2] - r * 0.1),
        (0.0, head[1] - r * 1.0, head[2] - r * 0.9),
        (0.0, head[1] - r * 1.05, head[2] - r * 1.7),
        (0.0, head[1] - r * 0.95, b.z - b.girth * 1.2),
        (0.0, head[1] - r * 1.25, b.z - b.girth * 1.45),
    ]
    a.add(tube(trunk, r * 0.3, a.segments(r * 0.3), r * 0.15), "trunk", coat)
    sweep = a.vary(1.0, 0.1)
    for side in (-1, 1):
        ear = ellipsoid((r * 0.4, r * 0.1, r * 0.45), a.segments(r * 0.4))
        a.add(ear.translate((side * r * 0.8, head[1] + r * 0.35, head[2] + r * 0.1)), "ear", coat)
        if a.wants("tusk"):
            tusk = [
                (side * r * 0.3, head[1] - r * 0.35, head[2] - r * 0.5),
                (side * r * 0.75 * sweep, head[1] - r * 1.2, head[2] - r * 1.3),
                (side * r * 0.95 * sweep, head[1] - r * 2.2, head[2] - r * 0.9),
                (side * r * 0.55 * sweep, head[1] - r * 2.6, head[2] + r * 0.1),
            ]
            a.add(tube(tusk, r * 0.13, a.segments(r * 0.12), r * 0.04), "tusk", IVORY, Tier.FIXED)
    hanging_tail(a, b, coat, (70, 45, 25), b.z * 0.45)


TEMPLATE = Template(
    "woolly mammoth",
    build_woolly_mammoth,
    3.4,
    description="an extinct ice age elephant with shaggy brown fur and long curved tusks",
    synonyms=("mammoth", "wooly mammoth", "woolly mammoths", "mammoths"),
    kinds=("ice age mammoth", "baby mammoth", "mastodon"),
    parts=PARTS,
    aliases={**ALIASES, "hair": "body"},
)
