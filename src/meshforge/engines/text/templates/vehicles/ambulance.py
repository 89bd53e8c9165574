"""An ambulance: a white van cab in front of a tall box body with red stripes, cross and beacons."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.service_vehicles import cab_and_body, light_bar
from meshforge.engines.text.kit.solids import box
from meshforge.engines.text.kit.vehicles import GLASS

WHITES: tuple[RGB, ...] = ((245, 245, 242), (250, 240, 120))
STRIPES: tuple[RGB, ...] = ((210, 30, 35), (40, 80, 190), (60, 160, 80))


def build_ambulance(a: Assembly) -> None:
    """An ambulance: a white van cab in front of a tall box body with red stripes and a cross."""
    white, stripe = a.pick(WHITES), a.pick(STRIPES)
    length, width = a.vary(6.2, 0.06), 2.2
    c = cab_and_body(
        a,
        length,
        width,
        a.vary(1.9, 0.06),
        a.vary(2.45, 0.04),
        a.vary(2.9, 0.04),
        0.42,
        white,
        white,
    )
    a.add(box((width + 0.04, length - 0.6, 0.22), (0, 0.2, 1.25)), "stripe", stripe, Tier.SECONDARY)
    middle = (c.body_front + c.back) / 2
    for sx in (-1, 1):
        x = sx * (width / 2 + 0.02)
        a.add(box((0.04, 0.9, 0.28), (x, middle, 2.1)), "cross", stripe, Tier.SECONDARY)
        a.add(box((0.04, 0.28, 0.9), (x, middle, 2.1)), "cross", stripe, Tier.SECONDARY)
        a.add(box((0.06, 0.5, 0.6), (x, c.body_front + 0.5, 2.1)), "window", GLASS, Tier.FIXED)
    a.add(box((0.06, 0.04, 0.9), (0, c.back + 0.01, 1.8)), "door", (180, 180, 185), Tier.FIXED)
    for y in (c.front + 0.7, c.back - 0.3):
        light_bar(a, y, c.cab_top if y < c.body_front else c.body_top, width * 0.75)


TEMPLATE = Template(
    "ambulance",
    build_ambulance,
    2.9,
    description="a white ambulance van with a red cross, stripes and flashing lights",
    synonyms=("ambulances", "emergency ambulance", "paramedic van", "rescue ambulance"),
    kinds=("ambulance van", "ems vehicle"),
    parts=(
        "cab",
        "body",
        "chassis",
        "window",
        "wheel",
        "hubcap",
        "headlight",
        "taillight",
        "bumper",
        "stripe",
        "cross",
        "door",
        "lights",
        "beacon",
    ),
    aliases={"siren": "beacon", "tyre": "wheel", "tire": "wheel", "glass": "window"},
)
