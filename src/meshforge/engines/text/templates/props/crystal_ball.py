"""A fortune teller's crystal ball: a glass sphere on a carved stand with a glowing core."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, sphere, torus

GLASS_TINTS: tuple[RGB, ...] = ((190, 215, 240), (200, 180, 235), (170, 225, 225))
STANDS: tuple[RGB, ...] = ((95, 60, 35), (40, 35, 32), (200, 160, 70))
GLOW: RGB = (250, 245, 255)


def build_crystal_ball(a: Assembly) -> None:
    """A fortune teller's crystal ball: a glass sphere on a carved stand with a glowing core."""
    r = a.vary(0.07, 0.12)
    stand_h = r * a.between(0.55, 0.8)
    stand = a.pick(STANDS)
    profile = [
        (0.0, 0.0),
        (r * 0.85, 0.0),
        (r * 0.85, stand_h * 0.2),
        (r * 0.55, stand_h * 0.45),
        (r * 0.7, stand_h),
        (0.0, stand_h),
    ]
    a.add(lathe(profile, a.segments(r)), "stand", stand, Tier.SECONDARY)
    a.add(torus(r * 0.66, r * 0.06, a.segments(r), (0, 0, stand_h)), "stand", stand, Tier.SECONDARY)
    center = (0.0, 0.0, stand_h + r * 0.85)
    a.add(sphere(r, a.segments(r), center), "ball", GLASS_TINTS)
    if a.maybe("glow", 0.6, "glowing", "magic"):
        # a bright core just breaking the surface at the front, so it shows through the tint
        a.add(
            sphere(r * 0.35, a.segments(r * 0.35), (0, -r * 0.7, center[2])),
            "glow",
            GLOW,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "crystal ball",
    build_crystal_ball,
    0.2,
    description="a clear glass sphere on a small stand that a fortune teller gazes into",
    synonyms=("scrying ball", "fortune teller ball", "seer stone", "magic orb", "glass orb"),
    kinds=("orb", "glowing orb", "magic ball", "scrying orb"),
    parts=("ball", "stand", "glow"),
    aliases={"sphere": "ball", "globe": "ball", "base": "stand", "core": "glow"},
)
