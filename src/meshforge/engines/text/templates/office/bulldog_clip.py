"""A bulldog clip: a black steel jaw folded to a wedge, two wire handles on its back."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, side_prism
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = ((28, 28, 32), (28, 28, 32), (28, 28, 32), (200, 50, 50), (50, 110, 200))
WIRE: RGB = (200, 204, 210)


def build_bulldog_clip(a: Assembly) -> None:
    """A bulldog clip standing on its jaws: a wedge of folded steel, handles splayed."""
    scale = 4.0 if a.mentions("giant", "big", "large", "huge") else 1.0
    width = a.vary(0.032, 0.25) * scale
    height, depth = width * a.between(0.45, 0.55), width * a.between(0.3, 0.36)
    # side view (y, z): two plates meeting at the jaws (z = 0), parted by the curled back
    outer = [
        (-depth * 0.08, 0.0),
        (depth * 0.08, 0.0),
        (depth / 2, height * 0.78),
        (0.0, height * 0.9),
        (-depth / 2, height * 0.78),
    ]
    color = a.pick(BODIES)
    a.add(side_prism(outer, width), "body", color)
    for side in (-1, 1):  # the rolled edges the handles hook into
        roll = (
            cylinder(depth * 0.09, width, 12)
            .rotate((0, 90, 0))
            .translate((-width / 2, side * depth * 0.44, height * 0.8))
        )
        a.add(roll, "body", color)
    if a.wants("handle"):
        # each wire loop hooks into one rolled edge and rises, splayed outwards, over the clip
        wire = 0.0007 * scale
        length, lean = height * a.between(1.1, 1.4), a.between(0.35, 0.75)
        x = width * 0.36
        for side in (-1, 1):
            y0, z0 = side * depth * 0.44, height * 0.8
            y1, z1 = y0 + side * length * math.sin(lean), z0 + length * math.cos(lean)
            path = [(-x, y0, z0), (-x, y1, z1), (x, y1, z1), (x, y0, z0)]
            a.add(tube(path, wire, 8), "handle", WIRE, Tier.FIXED)


TEMPLATE = Template(
    "bulldog clip",
    build_bulldog_clip,
    0.035,
    description="a bulldog clip: a black metal binder clip with two wire handles that grips papers",
    synonyms=("binder clip", "foldback clip", "fold back clip", "bulldog clamp"),
    kinds=("paper clamp", "document clip", "bull clip"),
    parts=("body", "handle"),
    aliases={
        "jaw": "body",
        "jaws": "body",
        "handles": "handle",
        "wire": "handle",
        "lever": "handle",
    },
)
