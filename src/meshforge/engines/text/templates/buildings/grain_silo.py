"""A grain silo: a tall ribbed metal bin under a conical roof, a caged ladder up its side."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, union
from meshforge.engines.text.kit.sweeps import hoop

METALS: tuple[RGB, ...] = ((200, 203, 208), (175, 178, 185), (215, 215, 210))
CONCRETE: tuple[RGB, ...] = ((190, 185, 175), (170, 60, 45))
STEEL: RGB = (90, 92, 98)


def _bin(a: Assembly, x: float, r: float, h: float, color: RGB, roof: RGB) -> None:
    """One bin: a ribbed cylinder, a low cone roof with a cap, and a ladder at its front."""
    segments = a.segments(r)
    a.add(cylinder(r * 1.05, 0.4, segments, (x, 0, 0)), "base", (150, 148, 142), Tier.FIXED)
    a.add(cylinder(r, h, segments, (x, 0, 0)), "bin", color)
    bands = [hoop(r, r * 0.02, segments, (x, 0, h * k / 8)) for k in range(1, 8)]
    a.add(union(bands), "bin", color)
    cone = cylinder(r * 1.06, r * 0.55, segments, (x, 0, h), r * 0.12)
    a.add(cone, "roof", roof, Tier.SECONDARY)
    a.add(cylinder(r * 0.16, r * 0.15, 12, (x, 0, h + r * 0.5)), "roof", roof, Tier.SECONDARY)
    if a.wants("ladder"):
        y = -r - 0.25
        rails = [rod((x + dx, y, 0.4), (x + dx, y, h + 0.6), 0.04, 8) for dx in (-0.22, 0.22)]
        rungs = [box((0.5, 0.05, 0.05), (x, y, z / 2)) for z in range(2, int(h * 2), 1)]
        ties = [
            box((0.06, 0.45, 0.06), (x + dx, y + 0.2, h * s))
            for dx in (-0.22, 0.22)
            for s in (0.3, 0.7, 0.97)
        ]
        a.add(union(rails + rungs + ties), "ladder", STEEL, Tier.FIXED)


def build_grain_silo(a: Assembly) -> None:
    """A tall ribbed metal bin under a conical roof, a caged ladder up its side."""
    concrete = a.mentions("concrete", "stave", "brick")
    color = a.pick(CONCRETE if concrete else METALS)
    roof = a.pick(METALS)
    r, h = a.vary(3.2, 0.12), a.vary(14.0, 0.15)
    count = a.count("bin", a.pick((1, 1, 2, 3)), 1, 4)
    for k in range(count):
        x = (k - (count - 1) / 2) * r * 2.02
        _bin(a, x, r * (1.0 - 0.08 * (k % 2)), h * (1.0 - 0.1 * (k % 2)), color, roof)
    if count > 1:
        a.add(
            box(((count - 1) * r * 2.02, 1.0, 0.6), (0, 0, 0.3)),
            "base",
            (150, 148, 142),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "grain silo",
    build_grain_silo,
    16.0,
    description="a farm silo: a tall round metal tower for storing grain, with a cone roof",
    synonyms=("silo", "grain bin", "farm silo", "silos"),
    kinds=("grain elevator", "corn silo", "feed silo"),
    not_claimed=("missile silo",),
    parts=("bin", "roof", "ladder", "base"),
    aliases={"tank": "bin", "tower": "bin", "cone": "roof"},
)
