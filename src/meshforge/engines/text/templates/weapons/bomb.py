"""A cartoon bomb: a round black iron ball with a collar, a curling fuse and a spark."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, sphere
from meshforge.engines.text.kit.sweeps import tube

IRON: RGB = (40, 40, 45)
FUSE: RGB = (200, 180, 140)
SPARK: RGB = (255, 170, 30)


def build_bomb(a: Assembly) -> None:
    """A cartoon bomb: a round black iron ball with a collar, a curling fuse and a spark."""
    r = a.vary(0.15, 0.12)
    a.add(sphere(r, a.segments(r), (0, 0, r)), "ball", IRON)
    collar_z = r * 1.85
    a.add(
        cylinder(r * 0.3, r * 0.3, a.segments(r * 0.3), (0, 0, collar_z)),
        "collar",
        IRON,
        Tier.SECONDARY,
    )
    top = collar_z + r * 0.28
    bend = a.between(0.3, 0.6)
    fuse = tube(
        [
            (0, 0, top - r * 0.05),
            (r * 0.1, 0, top + r * 0.25),
            (r * bend, -r * 0.1, top + r * 0.45),
            (r * (bend + 0.2), -r * 0.15, top + r * 0.35),
        ],
        r * 0.05,
        12,
    )
    a.add(fuse, "fuse", FUSE, Tier.FIXED)
    if a.maybe("spark", 0.8, "lit", "burning"):
        tip = (r * (bend + 0.2), -r * 0.15, top + r * 0.35)
        # a burst of little flames round the fuse's end
        for k in range(6):
            angle = k * 60.0
            flame = cylinder(r * 0.045, r * 0.25, 8, (0, 0, 0), 0.0).rotate((60, 0, angle))
            a.add(flame.translate(tip), "spark", SPARK, Tier.FIXED)
        a.add(sphere(r * 0.08, 8, tip), "spark", SPARK, Tier.FIXED)


TEMPLATE = Template(
    "bomb",
    build_bomb,
    0.35,
    description="a round black cartoon bomb with a lit fuse on top",
    synonyms=("cartoon bomb", "cannonball bomb", "round bomb", "bombs"),
    kinds=("cherry bomb", "black powder bomb"),
    not_claimed=("bath bomb", "photo bomb", "bomb shelter", "atomic bomb"),
    parts=("ball", "collar", "fuse", "spark"),
    aliases={"body": "ball", "sphere": "ball", "wick": "fuse", "flame": "spark", "cap": "collar"},
)
