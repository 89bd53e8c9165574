"""The Colosseum: an oval amphitheatre wall of arcades in tiers, broken down on one side."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.arches import round_arch
from meshforge.engines.text.kit.solids import box, cylinder, subtract, union

TRAVERTINE: tuple[RGB, ...] = ((215, 195, 160), (200, 180, 150), (225, 210, 180))
SAND: RGB = (215, 185, 130)
SEATS: RGB = (170, 155, 130)


def _oval(a_len: float, b_len: float, height: float, segments: int, z: float = 0.0) -> Manifold:
    """An upright elliptic cylinder with semi-axes ``a_len`` (X) and ``b_len`` (Y)."""
    return (
        cylinder(1.0, height, segments, (0, 0, 0)).scale((a_len, b_len, 1.0)).translate((0, 0, z))
    )


def _arcade(
    a_len: float, b_len: float, count: int, size: tuple[float, float], z: float
) -> Manifold:
    """``count`` arch cutters set radially round the oval at height ``z``."""
    width, height = size
    cutters = []
    for k in range(count):
        t = 2 * math.pi * (k + 0.5) / count
        x, y = a_len * math.cos(t), b_len * math.sin(t)
        facing = math.degrees(math.atan2(a_len * math.sin(t), b_len * math.cos(t)))
        cutter = round_arch(width, height, 30.0).rotate((0, 0, facing + 90))
        cutters.append(cutter.translate((x, y, z)))
    return union(cutters)


def build_colosseum(a: Assembly) -> None:
    """An oval amphitheatre wall of arcades in tiers, broken down on one side."""
    stone = a.pick(TRAVERTINE)
    a_len, b_len = a.vary(94.0, 0.05), a.vary(78.0, 0.05)
    tier_h, segments = a.vary(11.0, 0.08), max(48, a.segments(a_len))
    tiers = 3
    wall = _oval(a_len, b_len, tier_h * tiers + 7.0, segments)
    hollow = _oval(a_len - 6.0, b_len - 6.0, 200.0, segments, -1.0)
    count = a.count("arch", 32, 16, 48)
    arcades = [
        _arcade(a_len, b_len, count, (tier_h * 0.5, tier_h * 0.78), tier_h * k + 0.3)
        for k in range(tiers)
    ]
    # the ruin: the outer ring has fallen on one side down to the second tier
    if a.chance(0.8) and not a.mentions("intact", "complete", "restored"):
        fall = box((300.0, 300.0, 100.0), (0, -150.0, tier_h * 2 + 50.0)).rotate((0, 0, -20))
        fall = fall.translate((0, -b_len * 0.15, 0))
        arcades.append(fall)
    a.add(subtract(wall, hollow, *arcades), "wall", stone)
    # the cornices between the tiers
    for k in range(1, tiers + 1):
        band = subtract(
            _oval(a_len + 0.8, b_len + 0.8, 1.0, segments, tier_h * k - 0.5),
            _oval(a_len - 3.0, b_len - 3.0, 3.0, segments, tier_h * k - 1.5),
        )
        if k >= 2:
            band = subtract(band, *arcades[tiers:])
        a.add(band, "wall", stone)
    # the stepped cavea inside, down to the oval arena floor
    steps = []
    for k in range(5):
        inset = 5.0 + k * 9.0
        steps.append(_oval(a_len - inset, b_len - inset, tier_h * (2.6 - k * 0.5), segments))
    cavea = subtract(union(steps), _oval(a_len * 0.42, b_len * 0.32, 100.0, segments, -1.0))
    a.add(cavea, "seats", SEATS, Tier.SECONDARY)
    a.add(_oval(a_len - 4.0, b_len - 4.0, 1.0, segments), "arena", SAND, Tier.FIXED)


TEMPLATE = Template(
    "colosseum",
    build_colosseum,
    48.0,
    description="the ancient Roman amphitheatre: an oval ring of stone arches in tiers",
    synonyms=("coliseum", "roman colosseum", "amphitheatre", "amphitheater"),
    kinds=("flavian amphitheatre", "roman arena", "gladiator arena"),
    parts=("wall", "seats", "arena"),
    aliases={"stands": "seats", "floor": "arena", "ring": "wall"},
)
