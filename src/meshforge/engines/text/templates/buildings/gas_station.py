"""A gas station: a flat canopy on pillars over pump islands, a shop behind, a price sign."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box, subtract
from meshforge.engines.text.kit.vehicles import GLASS

#: brand colours of the canopy's fascia, the pumps and the sign
BRANDS: tuple[RGB, ...] = (
    (215, 35, 35),
    (30, 120, 60),
    (30, 80, 170),
    (245, 190, 25),
    (235, 110, 25),
)
WHITE: RGB = (240, 240, 236)
CONCRETE: RGB = (170, 170, 165)
CURB: RGB = (205, 205, 200)
SHOP_WALLS: tuple[RGB, ...] = ((225, 220, 210), (190, 185, 175), (150, 120, 100))
SCREEN: RGB = (30, 32, 36)
HOSE: RGB = (25, 25, 28)


def build_gas_station(a: Assembly) -> None:
    """A forecourt with a canopy over pump islands; a lone pump when only a pump is asked."""
    brand = a.color("canopy", BRANDS)
    if a.mentions("pump", "dispenser") and not a.mentions("station", "garage"):
        _pump(a, 0.0, 0.0, brand)
        return
    width, depth = a.vary(24.0, 0.06), a.vary(21.0, 0.06)
    a.add(box((width, depth, 0.15), (0, 0, 0.075)), "forecourt", CONCRETE, Tier.FIXED)
    islands = a.count("pump", a.pick((2, 2, 3)), 1, 4) if a.wants("pump") else 0
    canopy_y = -depth * 0.17
    _canopy(a, max(2, islands), canopy_y, brand)
    for k in range(islands):
        x = (k - (islands - 1) / 2) * 5.0
        a.add(box((1.0, 5.2, 0.25), (x, canopy_y, 0.25)), "island", CURB, Tier.FIXED)
        for dy in (-1.4, 1.4):
            _pump(a, x, canopy_y + dy, brand, base=0.37)
    if a.wants("shop"):
        _shop(a, depth * 0.28, brand)
    if a.maybe("sign", 0.85, "price"):
        _price_sign(a, width * 0.4, -depth * 0.4, brand)


def _canopy(a: Assembly, islands: int, y: float, brand: RGB) -> None:
    """A flat roof on a pillar per island, edged by a deep fascia band in the brand colour."""
    span = islands * 5.0 + 3.0
    clear = a.vary(5.0, 0.05)
    a.add(box((span, 9.0, 0.7), (0, y, clear + 0.35)), "roof", WHITE, Tier.SECONDARY)
    fascia = subtract(
        box((span + 0.3, 9.3, 0.9), (0, y, clear + 0.45)),
        box((span - 0.1, 8.9, 1.0), (0, y, clear + 0.95)),
    )
    a.add(fascia, "canopy", brand)
    for k in range(islands):
        x = (k - (islands - 1) / 2) * 5.0
        a.add(box((0.45, 0.45, clear), (x, y, clear / 2)), "pillar", WHITE, Tier.SECONDARY)


def _pump(a: Assembly, x: float, y: float, brand: RGB, base: float = 0.0) -> None:
    """A dispenser: a cabinet with a screen each side, a lit head and a hose on each side."""
    height = 1.9
    body = rounded_box((0.7, 1.0, height * 0.75), 0.04, 8, (x, y, base + height * 0.375))
    a.add(body, "dispenser", WHITE, Tier.SECONDARY)
    head = rounded_box((0.74, 1.04, height * 0.25), 0.04, 8, (x, y, base + height * 0.875))
    a.add(head, "pump", brand)
    if base == 0.0:
        a.add(box((0.9, 1.2, 0.12), (x, y, 0.06)), "island", CURB, Tier.FIXED)
    for sx in (-1, 1):
        screen = box((0.04, 0.5, 0.3), (x + sx * 0.36, y, base + height * 0.6))
        a.add(screen, "screen", SCREEN, Tier.FIXED)
        nozzle = box((0.1, 0.12, 0.3), (x + sx * 0.38, y + 0.3, base + height * 0.4))
        a.add(nozzle, "hose", HOSE, Tier.FIXED)
        hose = rod(
            (x + sx * 0.36, y - 0.3, base + height * 0.55),
            (x + sx * 0.42, y - 0.2, base + height * 0.2),
            0.025,
            8,
        )
        a.add(hose, "hose", HOSE, Tier.FIXED)
        loop = rod(
            (x + sx * 0.42, y - 0.2, base + height * 0.2),
            (x + sx * 0.4, y + 0.3, base + height * 0.35),
            0.025,
            8,
        )
        a.add(loop, "hose", HOSE, Tier.FIXED)


def _shop(a: Assembly, y: float, brand: RGB) -> None:
    """The kiosk: a low box with a glazed front, a door and a brand-coloured sign band."""
    width, depth, height = a.vary(13.0, 0.1), a.vary(7.0, 0.1), a.vary(4.0, 0.08)
    a.add(box((width, depth, height), (0, y, height / 2 + 0.1)), "shop", SHOP_WALLS, Tier.SECONDARY)
    front = y - depth / 2
    glazing = box((width * 0.7, 0.2, height * 0.55), (0, front, 0.1 + height * 0.35))
    a.add(glazing, "window", GLASS, Tier.FIXED)
    door = box((1.8, 0.24, height * 0.6), (width * 0.25, front, 0.1 + height * 0.3))
    a.add(door, "door", (60, 62, 66), Tier.FIXED)
    band = box((width + 0.2, 0.3, 0.8), (0, front, height + 0.1 - 0.2))
    a.add(band, "canopy", brand)


def _price_sign(a: Assembly, x: float, y: float, brand: RGB) -> None:
    """A tall pylon by the road: a pole carrying a brand panel over a white price board."""
    top = a.vary(7.0, 0.1)
    a.add(box((0.5, 0.5, top), (x, y, top / 2)), "pole", (90, 92, 98), Tier.FIXED)
    a.add(box((2.6, 0.4, 1.6), (x, y, top - 0.6)), "sign", brand)
    board = box((2.4, 0.36, 2.0), (x, y, top - 2.5))
    a.add(board, "price board", WHITE, Tier.FIXED)
    for k in range(3):
        digits = box((1.6, 0.42, 0.35), (x + 0.2, y, top - 1.9 - k * 0.6))
        a.add(digits, "price board", SCREEN, Tier.FIXED)


TEMPLATE = Template(
    "gas station",
    build_gas_station,
    7.0,
    description="a roadside fuel station: a flat canopy over petrol pumps and a small shop",
    synonyms=("petrol station", "filling station", "service station", "gas pump", "petrol pump"),
    kinds=(
        "fuel station",
        "gasoline station",
        "truck stop",
        "fuel pump",
        "fuel dispenser",
        "petrol garage",
    ),
    parts=(
        "forecourt",
        "canopy",
        "roof",
        "pillar",
        "island",
        "pump",
        "dispenser",
        "screen",
        "hose",
        "shop",
        "window",
        "door",
        "sign",
        "pole",
        "price board",
    ),
    aliases={
        "pumps": "pump",
        "nozzle": "hose",
        "store": "shop",
        "kiosk": "shop",
        "column": "pillar",
        "ground": "forecourt",
        "price sign": "sign",
    },
)
