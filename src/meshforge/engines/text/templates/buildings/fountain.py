"""A fountain: a round stone basin, a pedestal with a smaller bowl and water at the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import cylinder, lathe, vessel

WATER: RGB = (90, 160, 215)


def build_fountain(a: Assembly) -> None:
    """A fountain: a round stone basin, a pedestal with a smaller bowl and water at the top."""
    stone = a.pick(STONES)
    basin_r, basin_h = a.vary(1.6, 0.1), a.vary(0.5, 0.1)
    basin = vessel(
        [(basin_r * 0.96, 0.0), (basin_r, basin_h * 0.2), (basin_r, basin_h)],
        0.15,
        0.15,
        a.segments(basin_r),
    )
    a.add(basin, "basin", stone)
    a.add(
        cylinder(basin_r - 0.14, basin_h * 0.75 - 0.1, a.segments(basin_r), (0, 0, 0.1)),
        "water",
        WATER,
        Tier.FIXED,
    )
    tiers = a.count("tier", a.pick((1, 2, 2)), 1, 3)
    z, r = 0.15, basin_r * 0.5
    for _ in range(tiers):
        column_h = a.vary(0.9, 0.1) * (r / (basin_r * 0.5)) ** 0.5
        a.add(
            lathe(
                [
                    (0.0, 0.0),
                    (0.22 * r, 0.0),
                    (0.12 * r, column_h * 0.5),
                    (0.16 * r, column_h),
                    (0.0, column_h),
                ],
                a.segments(0.2),
                (0, 0, z),
            ),
            "pedestal",
            stone,
        )
        z += column_h
        bowl = vessel([(0.15 * r, 0.0), (r * 0.8, 0.12), (r, 0.25)], 0.06, 0.06, a.segments(r))
        a.add(bowl.translate((0, 0, z - 0.02)), "bowl", stone)
        a.add(cylinder(r * 0.9, 0.16, a.segments(r), (0, 0, z + 0.0)), "water", WATER, Tier.FIXED)
        z += 0.1
        r *= 0.55
    if a.wants("spout"):
        jet = lathe(
            [(0.0, 0.0), (0.08, 0.0), (0.03, 0.35), (0.09, 0.45), (0.0, 0.55)], 16, (0, 0, z - 0.05)
        )
        a.add(jet, "spout", WATER, Tier.FIXED)


TEMPLATE = Template(
    "fountain",
    build_fountain,
    2.5,
    description="a stone water fountain with a round basin and tiered bowls",
    synonyms=(
        "water fountain",
        "garden fountain",
        "tiered fountain",
        "stone fountain",
        "park fountain",
        "drinking fountain",
    ),
    kinds=("birdbath", "bird bath"),
    not_claimed=("fountain pen", "chocolate fountain", "soda fountain"),
    parts=("basin", "water", "pedestal", "bowl", "spout"),
    aliases={"pool": "basin", "tiers": "tier", "jet": "spout", "column": "pedestal"},
)
