"""An archery target: a round face of coloured rings on a straw boss, on a wooden easel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import front_disc

RINGS: tuple[RGB, ...] = (
    (245, 245, 240),
    (30, 30, 32),
    (50, 120, 200),
    (220, 40, 40),
    (250, 210, 40),
)
STRAW: RGB = (215, 180, 100)
WOOD: RGB = (130, 85, 45)
ARROW: RGB = (180, 120, 60)


def build_archery_target(a: Assembly) -> None:
    """An archery target: a round face of coloured rings on a straw boss, on a wooden easel."""
    r = a.vary(0.6, 0.1)
    center_z = r + a.vary(0.45, 0.15)
    a.add(
        front_disc(r * 1.05, 0.2, a.segments(r), 0.0, center_z, 0.1), "boss", STRAW, Tier.SECONDARY
    )
    for k, color in enumerate(RINGS):
        ring_r = r * (1 - k / len(RINGS))
        a.add(
            front_disc(ring_r, 0.02, a.segments(r), 0.0, center_z, -0.005 - 0.004 * k),
            "ring" if k < 4 else "bullseye",
            color,
            Tier.FIXED,
        )
    for sx in (-1, 1):
        a.add(
            rod((sx * r * 0.6, 0.25, 0.0), (sx * r * 0.3, 0.15, center_z + r * 0.9), 0.035, 8),
            "stand",
            WOOD,
            Tier.FIXED,
        )
    a.add(rod((0, 0.2, center_z + r * 0.85), (0, 0.75, 0.0), 0.035, 8), "stand", WOOD, Tier.FIXED)
    for _ in range(a.count("arrow", 2, 0, 6)):
        x, z = a.between(-0.4, 0.4) * r, center_z + a.between(-0.4, 0.4) * r
        a.add(rod((x, 0.0, z), (x + 0.05, -0.5, z + 0.08), 0.01, 6), "arrow", ARROW, Tier.FIXED)


TEMPLATE = Template(
    "archery target",
    build_archery_target,
    1.7,
    description="a round target of coloured rings with a bullseye on a stand, shot at with arrows",
    synonyms=("target", "bullseye target", "archery butt", "dartboard target", "shooting target"),
    kinds=("bow target",),
    parts=("ring", "bullseye", "boss", "stand", "arrow"),
    aliases={
        "rings": "ring",
        "center": "bullseye",
        "centre": "bullseye",
        "easel": "stand",
        "arrows": "arrow",
        "face": "ring",
    },
)
