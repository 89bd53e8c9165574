"""A bowling ball: a heavy glossy sphere with three finger holes, often marbled."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import on_sphere, rod, sphere, subtract

BALLS: tuple[RGB, ...] = ((30, 60, 160), (160, 30, 40), (30, 30, 35), (100, 40, 140), (30, 120, 90))
SWIRL: tuple[RGB, ...] = ((240, 240, 245), (90, 160, 230), (230, 120, 200))
HOLE: RGB = (20, 20, 22)


def build_bowling_ball(a: Assembly) -> None:
    """A bowling ball: a heavy glossy sphere with three finger holes, often marbled."""
    r = a.vary(0.109, 0.06)
    center = (0.0, 0.0, r)
    ball = sphere(r, a.segments(r), center)
    yaw, pitch = a.between(-25, 25), a.between(25, 45)
    holes = []
    for dyaw, dpitch, size in ((-9, 10, 0.13), (9, 10, 0.13), (0, -12, 0.15)):
        outer = on_sphere(center, r * 1.2, yaw + dyaw, pitch + dpitch)
        inner = on_sphere(center, r * 0.55, yaw + dyaw, pitch + dpitch)
        holes.append(rod(inner, outer, r * size, 16))
    a.add(subtract(ball, *holes), "ball", BALLS)
    if a.maybe("swirl", 0.5, "marbled", "swirl"):
        swirl_color = a.pick(SWIRL)
        skin = sphere(r * 1.008, a.segments(r), center)
        for _ in range(4):
            spot = on_sphere(center, r, a.between(-170, 170), a.between(-50, 20))
            # a blob of the ball's skin, a hair proud of it: a marbled patch
            patch = subtract(sphere(r * a.between(0.22, 0.35), 12, spot) ^ skin, *holes)
            a.add(patch, "swirl", swirl_color, Tier.SECONDARY)
    for dyaw, dpitch, size in ((-9, 10, 0.13), (9, 10, 0.13), (0, -12, 0.15)):
        inner = on_sphere(center, r * 0.55, yaw + dyaw, pitch + dpitch)
        floor = on_sphere(center, r * 0.62, yaw + dyaw, pitch + dpitch)
        a.add(rod(inner, floor, r * size * 1.05, 16), "hole", HOLE, Tier.FIXED)


TEMPLATE = Template(
    "bowling ball",
    build_bowling_ball,
    0.22,
    description="a heavy shiny ball with three finger holes rolled at bowling pins",
    synonyms=("bowling balls", "ten pin bowling ball", "tenpin ball"),
    parts=("ball", "hole", "swirl"),
    aliases={"holes": "hole", "finger hole": "hole", "pattern": "swirl", "marble": "swirl"},
)
