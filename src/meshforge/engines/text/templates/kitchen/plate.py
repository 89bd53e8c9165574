"""A dinner plate on a foot ring, its rim often banded; "soup" makes it deep."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES


def build_plate(a: Assembly) -> None:
    """A dinner plate on a foot ring, its rim often banded; "soup" makes it deep."""
    radius = a.vary(0.13, 0.12)
    deep = a.mentions("soup", "deep", "pasta")
    rim_z = radius * (0.3 if deep else 0.17)
    well = radius * a.between(0.55, 0.68)
    profile = [
        (0.0, 0.004),
        (radius * 0.45, 0.004),
        (radius * 0.47, 0.0),
        (radius * 0.52, 0.0),
        (radius * 0.55, 0.005),
        (well, 0.008),
        (radius, rim_z),
        (radius, rim_z + 0.004),
        (well - 0.003, 0.012),
        (0.0, 0.012),
    ]
    a.add(lathe(profile, a.segments(radius)), "body", a.pick(CERAMICS))
    if a.maybe("rim", 0.5, "banded", "gold"):
        band = hoop(radius - 0.006, 0.003, a.segments(radius), (0, 0, rim_z + 0.0005))
        a.add(band, "rim", a.pick(((200, 160, 60), *GLAZES[:3])), Tier.SECONDARY)


TEMPLATE = Template(
    "plate",
    build_plate,
    0.03,
    description="a flat round dish that food is served on",
    synonyms=("dinner plate", "dish plate", "platter", "soup plate", "side plate"),
    kinds=("paper plate", "dessert plate", "serving platter", "charger plate"),
    not_claimed=("weight plate", "license plate", "number plate", "hot plate", "name plate"),
    parts=("body", "rim"),
    aliases={"band": "rim", "edge": "rim"},
)
