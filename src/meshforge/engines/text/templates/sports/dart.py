"""A dart lying on its flights: a steel point, a knurled barrel, a shaft and four flights."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, side_prism, union

BARREL: RGB = (175, 178, 185)
FLIGHTS: tuple[RGB, ...] = (
    (220, 40, 45),
    (40, 90, 200),
    (250, 200, 40),
    (30, 30, 34),
    (60, 160, 80),
)


def build_dart(a: Assembly) -> None:
    """A dart standing on its flights, point up: the way it reads at a glance from any side."""
    scale = (4.0 if a.mentions("giant", "big", "large", "huge") else 1.0) * a.vary(1.0, 0.1)
    flight_h = 0.038 * scale
    shaft = [
        (0.0, 0.0),
        (0.0025 * scale, 0.0),
        (0.0025 * scale, flight_h + 0.012 * scale),
        (0.0, flight_h + 0.012 * scale),
    ]
    z0 = flight_h + 0.01 * scale
    barrel = [
        (0.0, z0),
        (0.0035 * scale, z0),
        (0.0045 * scale, z0 + 0.012 * scale),
        (0.0042 * scale, z0 + 0.035 * scale),
        (0.0012 * scale, z0 + 0.042 * scale),
        (0.0008 * scale, z0 + 0.06 * scale),
        (0.0, z0 + 0.064 * scale),
    ]
    a.add(lathe(shaft, 12), "shaft", (30, 30, 34), Tier.FIXED)
    a.add(lathe(barrel, 16), "barrel", BARREL, Tier.SECONDARY)
    # four kite-shaped flights round the shaft's foot
    # each flight: a kite in side view, widest low down, swept in to the shaft at the top
    kite = [
        (0.0, 0.0),
        (0.017 * scale, flight_h * 0.12),
        (0.015 * scale, flight_h * 0.55),
        (0.0, flight_h),
    ]
    fin = side_prism(kite, 0.0008 * scale).rotate((0, 0, 90))
    fins = union([fin.rotate((0, 0, 90 * k)) for k in range(4)])
    a.add(fins, "flight", a.pick(FLIGHTS))


TEMPLATE = Template(
    "dart",
    build_dart,
    0.11,
    description="a dart: a small pointed missile with feathered flights thrown at a dartboard",
    synonyms=("throwing dart", "steel tip dart"),
    kinds=("soft tip dart", "dart arrow"),
    not_claimed=("dart gun", "nerf dart", "dart frog", "poison dart frog"),
    parts=("flight", "shaft", "barrel"),
    aliases={"flights": "flight", "fins": "flight", "point": "barrel", "tip": "barrel"},
)
