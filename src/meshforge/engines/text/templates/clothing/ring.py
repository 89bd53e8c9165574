"""A finger ring standing upright: a round band, a raised setting with prongs and a cut gem."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.solids import cylinder, rod, union
from meshforge.engines.text.kit.sweeps import hoop

GEMS: tuple[RGB, ...] = (
    (230, 240, 250),
    (200, 30, 50),
    (30, 80, 200),
    (40, 170, 90),
    (150, 60, 200),
)
ROSE_GOLD: RGB = (225, 160, 130)


def build_ring(a: Assembly) -> None:
    """A finger ring standing upright: a round band, a raised setting with prongs and a cut gem."""
    r = a.vary(0.0095, 0.06)
    wire = r * a.between(0.13, 0.2)
    metal = a.pick((GOLD, GOLD, SILVER, ROSE_GOLD))
    band = (
        hoop(r, wire, 64, (0, 0, 0))
        .scale((1.0, 1.0, 1.8))
        .rotate((90, 0, 0))
        .translate((0, 0, r + wire))
    )
    a.add(band, "band", metal)
    if not a.wants("gem") or a.mentions("plain", "wedding band"):
        return
    top = 2 * r + wire * 1.5
    gem_r = r * a.between(0.35, 0.5)
    seat = cylinder(gem_r * 0.6, wire * 2.5, 16, (0, 0, top - wire * 2.3), top_radius=gem_r * 0.85)
    prongs = union(
        [
            rod(
                (gem_r * 0.55 * dx, gem_r * 0.55 * dy, top - wire),
                (gem_r * 0.9 * dx, gem_r * 0.9 * dy, top + gem_r * 0.55),
                wire * 0.3,
                8,
            )
            for dx, dy in ((1, 1), (1, -1), (-1, 1), (-1, -1))
        ]
    )
    a.add(union([seat, prongs]), "setting", metal)
    crown = cylinder(gem_r, gem_r * 0.45, 8, (0, 0, top + gem_r * 0.15), top_radius=gem_r * 0.6)
    pavilion = cylinder(0.0002, gem_r * 0.75, 8, (0, 0, top - gem_r * 0.6), top_radius=gem_r)
    gem = Manifold.batch_hull([crown, pavilion])
    a.add(gem, "gem", a.pick(GEMS), Tier.SECONDARY)


TEMPLATE = Template(
    "ring",
    build_ring,
    0.03,
    description="a round band of gold or silver worn on the finger, set with a gemstone",
    synonyms=(
        "engagement ring",
        "wedding ring",
        "diamond ring",
        "gold ring",
        "signet ring",
        "finger ring",
    ),
    kinds=("wedding band", "promise ring", "one ring"),
    not_claimed=("boxing ring", "key ring", "onion ring", "tree ring", "ring road"),
    parts=("band", "setting", "gem"),
    aliases={"diamond": "gem", "stone": "gem", "jewel": "gem", "gemstone": "gem"},
)
