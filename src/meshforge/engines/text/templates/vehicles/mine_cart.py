"""A mine cart: a riveted iron tub on four small flanged wheels, on a stretch of rail track."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, sphere, subtract, union

IRONS: tuple[RGB, ...] = ((90, 80, 72), (120, 70, 45), (70, 72, 78))
WHEEL: RGB = (45, 45, 48)
TIES: RGB = (110, 80, 55)
ORE: tuple[RGB, ...] = ((60, 58, 56), (235, 190, 60), (120, 110, 100))


def build_mine_cart(a: Assembly) -> None:
    """A riveted iron tub, wider at the top, on four small flanged wheels and a rail track."""
    iron = a.pick(IRONS)
    length, width, depth = a.vary(1.1, 0.08), a.vary(0.75, 0.06), a.vary(0.55, 0.08)
    gauge, wheel_r = width * 0.8, 0.13
    floor = wheel_r + 0.1
    tub = subtract(
        box((width, length, depth), (0, 0, floor + depth / 2)),
        box((width - 0.06, length - 0.06, depth), (0, 0, floor + depth / 2 + 0.04)),
    )
    flare = subtract(
        box((width + 0.08, length + 0.08, 0.06), (0, 0, floor + depth - 0.03)),
        box((width - 0.06, length - 0.06, 0.2), (0, 0, floor + depth)),
    )
    a.add(union([tub, flare]), "tub", iron)
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                sphere(0.02, 8, (sx * width / 2, sy * length * 0.3, floor + depth * 0.5)),
                "tub",
                iron,
            )
    for y in (-length * 0.3, length * 0.3):
        a.add(
            rod((-gauge / 2, y, wheel_r), (gauge / 2, y, wheel_r), 0.03, 8),
            "axle",
            WHEEL,
            Tier.FIXED,
        )
        for sx in (-1, 1):
            x = sx * gauge / 2
            a.add(
                rod((x - 0.03, y, wheel_r), (x + 0.03, y, wheel_r), wheel_r, 16),
                "wheel",
                WHEEL,
                Tier.FIXED,
            )
            a.add(
                rod((x - sx * 0.03, y, wheel_r), (x - sx * 0.05, y, wheel_r), wheel_r * 1.15, 16),
                "wheel",
                WHEEL,
                Tier.FIXED,
            )
    a.add(box((width * 0.5, length * 0.8, 0.12), (0, 0, floor - 0.04)), "axle", WHEEL, Tier.FIXED)
    if a.maybe("ore", 0.5, "gold", "coal", "full", "loaded"):
        lumps = [
            sphere(
                a.between(0.07, 0.12),
                10,
                (
                    a.between(-0.25, 0.25) * width,
                    a.between(-0.3, 0.3) * length,
                    floor + depth - 0.05,
                ),
            )
            for _ in range(12)
        ]
        a.add(union(lumps), "ore", ORE, Tier.SECONDARY)
        a.add(
            box((width - 0.07, length - 0.07, depth - 0.08), (0, 0, floor + depth / 2 - 0.01)),
            "ore",
            ORE,
            Tier.SECONDARY,
        )
    if a.maybe("track", 0.7, "rails", "rail"):
        for sx in (-1, 1):
            a.add(
                box((0.05, length * 2.2, 0.06), (sx * gauge / 2, 0, -0.02)),
                "track",
                (120, 120, 125),
                Tier.FIXED,
            )
        for k in range(6):
            y = -length * 1.0 + k * length * 0.4
            a.add(box((gauge + 0.3, 0.14, 0.06), (0, y, -0.065)), "track", TIES, Tier.FIXED)


TEMPLATE = Template(
    "mine cart",
    build_mine_cart,
    0.9,
    description="a mine cart: a small iron wagon on rail wheels for carrying ore out of a mine",
    synonyms=("minecart", "mining cart", "ore cart", "mine carts", "mine wagon"),
    parts=("tub", "axle", "wheel", "ore", "track"),
    aliases={
        "wheels": "wheel",
        "rails": "track",
        "rail": "track",
        "coal": "ore",
        "gold": "ore",
        "body": "tub",
    },
)
