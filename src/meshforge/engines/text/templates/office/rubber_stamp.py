"""A rubber stamp: a turned wooden handle on a block, the rubber die underneath."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, lathe, sphere
from meshforge.engines.text.kit.tools import PLASTICS

INKS = ((200, 40, 45), (40, 60, 150), (30, 30, 33))


def build_rubber_stamp(a: Assembly) -> None:
    """A flat block, a turned handle ending in a knob on top, an inked rubber die below."""
    w, d = a.vary(0.06, 0.15), a.vary(0.04, 0.15)
    wood = a.pick((*WOODS, *PLASTICS[:2]))
    die = a.pick(INKS)
    a.add(box((w * 0.95, d * 0.95, 0.006), (0, 0, 0.003)), "rubber", die, Tier.SECONDARY)
    a.add(box((w, d, 0.018), (0, 0, 0.015)), "block", wood)
    h = a.vary(0.06, 0.15)
    profile = [(0.0, 0.0), (0.012, 0.0), (0.008, h * 0.3), (0.007, h * 0.7), (0.0, h * 0.7)]
    a.add(lathe(profile, 20, (0, 0, 0.023)), "handle", wood)
    a.add(sphere(0.016, 20, (0, 0, 0.023 + h * 0.78)), "handle", wood)


TEMPLATE = Template(
    "rubber stamp",
    build_rubber_stamp,
    0.09,
    description="a rubber stamp, a wooden handle on a block with an inked rubber face for stamping",
    synonyms=("ink stamp", "office stamp", "date stamp", "stamper"),
    kinds=("wooden stamp", "approved stamp"),
    parts=("block", "handle", "rubber"),
    aliases={"die": "rubber", "knob": "handle", "base": "block", "ink": "rubber", "face": "rubber"},
)
