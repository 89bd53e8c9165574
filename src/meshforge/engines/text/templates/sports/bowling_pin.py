"""A bowling pin: a white turned bottle shape with two red stripes round its neck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import cylinder, lathe
from meshforge.engines.text.kit.tableware import smooth_outline

RED = (205, 35, 40)


def build_bowling_pin(a: Assembly) -> None:
    """A bowling pin: a white turned bottle shape with two red stripes round its neck."""
    height = a.vary(0.38, 0.04)
    belly = a.vary(0.06, 0.06)
    radii = [0.026, belly * 0.85, belly, belly * 0.9, belly * 0.6, 0.023, 0.022, 0.028, 0.03, 0.024]
    outline = smooth_outline(radii, height, 22)
    profile = [(0.0, 0.0), *[(r, z) for r, z in outline], (0.0, height + 0.003)]
    seg = a.segments(belly)
    a.add(lathe(profile, seg), "pin", WHITE)
    if a.wants("stripe"):
        for z in (height * 0.6, height * 0.66):
            r = max(r for r, zz in outline if abs(zz - z) < height * 0.04) + 0.0015
            a.add(cylinder(r, height * 0.022, seg, (0, 0, z)), "stripe", RED, Tier.SECONDARY)


TEMPLATE = Template(
    "bowling pin",
    build_bowling_pin,
    0.38,
    description="a white bottle-shaped wooden pin with red stripes knocked down in bowling",
    synonyms=("skittle", "tenpin", "ten pin", "bowling skittle"),
    kinds=("candlepin", "duckpin"),
    parts=("pin", "stripe"),
    aliases={"body": "pin", "band": "stripe"},
)
