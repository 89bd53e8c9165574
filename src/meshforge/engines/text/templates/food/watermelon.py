"""A watermelon slice standing on its rind (green rind, pale band, red flesh, black seeds);
"whole" gives the striped melon."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, prism, union
from meshforge.engines.text.kit.sweeps import face_prism

RIND: RGB = (45, 120, 50)
STRIPE: RGB = (120, 180, 80)
PITH: RGB = (225, 240, 200)
FLESH: RGB = (235, 65, 75)
SEED: RGB = (30, 25, 25)


def _sector(radius: float, half: float, steps: int = 16) -> list[tuple[float, float]]:
    """A pie-slice outline in (x, z): apex at the top, arc below."""
    arc = [
        (
            radius * math.sin(-half + 2 * half * k / steps),
            -radius * math.cos(-half + 2 * half * k / steps),
        )
        for k in range(steps + 1)
    ]
    return [(0.0, 0.0), *arc]


def build_watermelon(a: Assembly) -> None:
    """A watermelon slice standing on its rind, or a whole striped watermelon."""
    if a.mentions("whole", "entire", "melon"):
        _whole(a)
        return
    radius, depth = a.vary(0.15, 0.1), a.vary(0.035, 0.15)
    half = math.radians(a.between(32, 42))
    rind, pith = radius * 0.06, radius * 0.05
    lift = radius  # the apex sits `radius` above the arc's lowest point
    layers = (
        (radius, RIND, "rind"),
        (radius - rind, PITH, "pith"),
        (radius - rind - pith, FLESH, "flesh"),
    )
    for index, (r, color, part) in enumerate(layers):
        grow = 0.002 * index  # inner layers stand a hair proud so each colour shows
        outline = [(x, z + lift) for x, z in _sector(r, half)]
        tier = Tier.PRIMARY if part == "flesh" else Tier.FIXED
        a.add(face_prism(outline, depth + grow), part, color, tier)
    if a.wants("seed"):
        pieces = []
        for k in range(a.count("seed", 9, 0, 20)):
            t = (k + 0.5) / 9
            row = 0.35 + 0.45 * ((k * 0.618) % 1.0)
            r = (radius - rind - pith) * row
            angle = -half * 0.8 + 1.6 * half * t
            x, z = r * math.sin(angle), lift - r * math.cos(angle)
            for side in (-1, 1):
                seed = ellipsoid((0.004, 0.0025, 0.007), 8).rotate((0, math.degrees(angle), 0))
                pieces.append(seed.translate((x, side * (depth / 2 + 0.002), z)))
        a.add(union(pieces), "seed", SEED, Tier.FIXED)


def _whole(a: Assembly) -> None:
    """A whole watermelon: an elongated ball in dark and light green stripes."""
    rx, rz = a.vary(0.17, 0.1), a.vary(0.14, 0.1)
    body = ellipsoid((rx, rz, rz), a.segments(rx), (0, 0, rz))
    a.add(body, "rind", RIND)
    count = a.pick((10, 12, 14))
    stripes = []
    for k in range(count):
        wedge = prism(
            [(0, 0), (rx * 1.2, -rz * 0.09), (rx * 1.2, rz * 0.09)], 2.4 * rx, (0, 0, -1.2 * rx)
        )
        stripes.append(
            wedge.rotate((0, 90, 0)).rotate((360 * k / count, 0, 0)).translate((0, 0, rz))
        )
    shell = ellipsoid((rx * 1.008, rz * 1.008, rz * 1.008), a.segments(rx), (0, 0, rz))
    a.add(shell ^ union(stripes), "stripe", STRIPE, Tier.SECONDARY)


TEMPLATE = Template(
    "watermelon",
    build_watermelon,
    0.16,
    description="a slice of watermelon with green rind, red flesh and black seeds",
    synonyms=("watermelon slice", "slice of watermelon", "melon slice", "water melon"),
    kinds=("melon", "honeydew", "honeydew melon"),
    parts=("rind", "pith", "flesh", "seed", "stripe"),
    aliases={"skin": "rind"},
)
