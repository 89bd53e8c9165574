"""A garden rake standing on its head: a handle, a bar of tines; "leaf" fans them out."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS


def build_rake(a: Assembly) -> None:
    """A garden rake standing on its head: a handle, a bar of tines; "leaf" fans them out."""
    length = a.vary(1.5, 0.1)
    tines = a.count("tine", a.pick((12, 14, 16)), 5, 24)
    if a.mentions("leaf", "lawn", "fan"):
        _leaf(a, length, tines)
        return
    width = a.vary(0.38, 0.12)
    head_z = 0.085
    a.add(box((width, 0.03, 0.03), (0, 0, head_z)), "head", DARK_STEEL)
    pitch = width / tines
    teeth = [
        rod(
            ((k + 0.5) * pitch - width / 2, 0, head_z),
            ((k + 0.5) * pitch - width / 2, -0.02, 0.004),
            0.0045,
            8,
        )
        for k in range(tines)
    ]
    a.add(union(teeth), "tine", DARK_STEEL)
    a.add(rod((0, 0, head_z), (0, 0.02, 0.18), 0.022, 12, 0.016), "head", DARK_STEEL)
    a.add(
        rod((0, 0.02, 0.16), (0, 0.06, length), 0.016, a.segments(0.016)),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )


def _leaf(a: Assembly, length: float, tines: int) -> None:
    """A fan of springy tines spreading from a neck, tips bent forward."""
    spread, reach = a.vary(50.0, 0.15), a.vary(0.45, 0.1)
    color = a.pick((*PLASTICS, DARK_STEEL))
    neck = (0.0, 0.0, reach)
    teeth = []
    for k in range(tines):
        angle = math.radians(-spread / 2 + spread * k / (tines - 1))
        end = (reach * math.sin(angle) * 1.1, 0.0, 0.03)
        teeth += [rod(neck, end, 0.004, 8), rod(end, (end[0], -0.05, 0.0), 0.004, 8)]
    a.add(union(teeth), "tine", color)
    bar_z = reach * 0.45
    half = reach * math.sin(math.radians(spread / 2)) * 1.1 * (1 - bar_z / reach)
    a.add(rod((-half, 0, bar_z), (half, 0, bar_z), 0.006, 8), "head", color)
    a.add(
        rod((0, 0, reach - 0.04), (0, 0, length), 0.015, a.segments(0.015)),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "rake",
    build_rake,
    1.5,
    description="a garden tool with a long handle and a row of teeth for gathering leaves or soil",
    synonyms=("garden rake", "leaf rake", "lawn rake", "bow rake"),
    kinds=("hay rake", "fan rake"),
    parts=("handle", "head", "tine"),
    aliases={"teeth": "tine", "tooth": "tine", "prong": "tine", "shaft": "handle"},
)
