"""A trident standing upright: a long shaft, a crossbar and three barbed prongs."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, DARK_STEEL, GOLD, SILVER, WOODS, front_plate
from meshforge.engines.text.kit.solids import rod, sphere, union
from meshforge.engines.text.kit.sweeps import tube


def _prong(x: float, base: float, length: float, r: float) -> list[Manifold]:
    """A straight prong ending in a flat arrowhead with two barbs."""
    shaft = rod((x, 0, base), (x, 0, base + length), r, 12)
    head = front_plate(
        [
            (-r * 3.2, -r * 2.5),
            (0.0, 0.0),
            (r * 3.2, -r * 2.5),
            (r * 0.8, r * 7.0),
            (-r * 0.8, r * 7.0),
        ],
        r * 1.4,
    ).translate((x, 0, base + length))
    tip = rod((x, 0, base + length + r * 6.5), (x, 0, base + length + r * 12), r * 0.9, 8, 0.0005)
    return [shaft, head, tip]


def build_trident(a: Assembly) -> None:
    """A trident standing upright: a long shaft, a crossbar and three barbed prongs."""
    length = a.vary(1.6, 0.08)
    r = 0.016
    metal = a.pick((GOLD, BRASS, SILVER, DARK_STEEL))
    wooden = a.chance(0.4) or a.mentions("wooden", "wood")
    a.add(
        rod((0, 0, 0), (0, 0, length), r, a.segments(r)),
        "shaft",
        a.pick(WOODS) if wooden else metal,
        Tier.SECONDARY,
    )
    a.add(sphere(r * 1.6, 16, (0, 0, 0.0)), "shaft", metal, Tier.SECONDARY)
    half = a.vary(0.1, 0.12)
    bar = tube(
        [
            (-half, 0, length + 0.09),
            (-half * 0.6, 0, length + 0.02),
            (half * 0.6, 0, length + 0.02),
            (half, 0, length + 0.09),
        ],
        r * 0.75,
        16,
    )
    pieces = [bar, rod((0, 0, length - 0.02), (0, 0, length + 0.04), r * 1.35, 16)]
    prong_len = a.vary(0.2, 0.12)
    for x, extra in ((-half, 0.0), (0.0, 0.05), (half, 0.0)):
        pieces += _prong(x, length + (0.02 if x == 0 else 0.09), prong_len + extra, r * 0.6)
    a.add(union(pieces), "head", metal)


TEMPLATE = Template(
    "trident",
    build_trident,
    1.8,
    description="a long spear with three barbed prongs, the weapon of a sea god",
    synonyms=("poseidon trident", "neptune trident", "three pronged spear", "sea spear"),
    kinds=("fishing trident", "golden trident"),
    parts=("shaft", "head"),
    aliases={"prong": "head", "fork": "head", "pole": "shaft"},
)
