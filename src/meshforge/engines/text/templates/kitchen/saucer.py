"""A saucer: the small plate a teacup stands on, with a shallow well for the cup's foot."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES


def build_saucer(a: Assembly) -> None:
    """A saucer on a low foot ring, sloping up to a rolled rim round a well for the cup."""
    radius = a.vary(0.075, 0.1)
    rim_z = radius * a.between(0.16, 0.22)
    well = radius * a.between(0.36, 0.44)
    profile = [
        (0.0, 0.003),
        (radius * 0.38, 0.003),
        (radius * 0.4, 0.0),
        (radius * 0.46, 0.0),
        (radius * 0.48, 0.004),
        (well, 0.004),
        (well + 0.004, 0.007),
        (radius, rim_z),
        (radius, rim_z + 0.003),
        (well + 0.002, 0.010),
        (well - 0.002, 0.008),
        (0.0, 0.008),
    ]
    color = a.pick(CERAMICS)
    a.add(lathe(profile, a.segments(radius)), "body", color)
    if a.maybe("rim", 0.4, "banded", "gold"):
        band = hoop(radius - 0.004, 0.002, a.segments(radius), (0, 0, rim_z + 0.0004))
        a.add(band, "rim", a.pick(((200, 160, 60), *GLAZES[:3])), Tier.SECONDARY)


TEMPLATE = Template(
    "saucer",
    build_saucer,
    0.02,
    description="a small shallow plate that a teacup stands on",
    synonyms=("tea saucer", "coffee saucer"),
    not_claimed=("flying saucer",),
    parts=("body", "rim"),
    aliases={"band": "rim", "edge": "rim"},
)
