"""A snow globe: a glass ball on a round base, snow settled in it and flakes drifting."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, lathe, on_sphere, sphere

BASES: tuple[RGB, ...] = ((140, 30, 35), (90, 55, 35), (30, 60, 110), (215, 175, 70))
GLASS: RGB = (205, 228, 240)
SNOW: RGB = (250, 250, 252)


def build_snow_globe(a: Assembly) -> None:
    """A snow globe: a glass ball on a round base, snow settled in it and flakes drifting."""
    r = a.vary(0.075, 0.12)
    base_h = r * a.between(0.5, 0.75)
    base = [(0.0, 0.0), (r * 0.95, 0.0), (r * 0.8, base_h), (0.0, base_h)]
    a.add(lathe(base, a.segments(r)), "base", BASES, Tier.SECONDARY)
    center = (0.0, 0.0, base_h + r * 0.75)
    a.add(sphere(r, a.segments(r), center), "globe", GLASS, Tier.FIXED)
    # opaque renders hide what is inside, so the snow lies in the glass's lower third, a hair
    # proud of it, and flakes dot the surface
    ball = sphere(r * 1.01, a.segments(r), center)
    drift = box((r * 3, r * 3, r * 0.55), (0, 0, center[2] - r + r * 0.27))
    a.add(ball ^ drift, "snow", SNOW, Tier.FIXED)
    for _ in range(a.count("flake", 14, 0, 40)):
        yaw, pitch = a.between(-80, 80), a.between(-10, 70)
        spot = on_sphere(center, r, yaw, pitch, r * 0.01)
        a.add(sphere(r * 0.05, 8, spot), "flake", SNOW, Tier.FIXED)


TEMPLATE = Template(
    "snow globe",
    build_snow_globe,
    0.2,
    description="a glass ball filled with water and snow around a tiny winter scene, on a base",
    synonyms=("snowglobe", "snow dome", "water globe", "christmas snow globe"),
    parts=("globe", "base", "snow", "flake"),
    aliases={"glass": "globe", "dome": "globe", "ball": "globe", "snowflake": "flake"},
)
