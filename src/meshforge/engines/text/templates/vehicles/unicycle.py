"""A unicycle: one spoked wheel with pedals on its cranks, a fork up to a saddle on a seat post."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, union
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.vehicles import PAINTS, TYRE

CHROME: RGB = (200, 203, 210)
SADDLE: RGB = (30, 30, 34)


def build_unicycle(a: Assembly) -> None:
    """One spoked wheel with pedals on its cranks, a fork up to a saddle on a seat post."""
    paint = a.pick(PAINTS)
    r = a.vary(0.25, 0.1)
    hub = (0.0, 0.0, r)
    tyre = hoop(r - 0.025, 0.025, a.segments(r)).rotate((0, 90, 0)).translate(hub)
    a.add(tyre, "tyre", TYRE, Tier.FIXED, RUBBER)
    spokes = [
        rod((0, 0, r), (0, (r - 0.04) * math.cos(t), r + (r - 0.04) * math.sin(t)), 0.003, 6)
        for t in [k * math.pi / 9 for k in range(18)]
    ]
    rim = hoop(r - 0.045, 0.008, a.segments(r)).rotate((0, 90, 0)).translate(hub)
    a.add(union([*spokes, rim]), "wheel", CHROME, Tier.FIXED)
    a.add(rod((-0.05, 0, r), (0.05, 0, r), 0.02, 12), "hub", CHROME, Tier.FIXED)
    crown = r * 2 + 0.05
    for sx in (-1, 1):
        a.add(rod((sx * 0.045, 0, r), (sx * 0.045, 0, crown), 0.013, 10), "fork", paint)
        pedal_y = sx * 0.14
        a.add(
            rod((sx * 0.05, 0, r), (sx * 0.06, pedal_y, r - sx * 0.02), 0.01, 8),
            "crank",
            CHROME,
            Tier.FIXED,
        )
        a.add(
            box((0.09, 0.05, 0.02), (sx * 0.1, pedal_y, r - sx * 0.02)), "pedal", SADDLE, Tier.FIXED
        )
    a.add(box((0.12, 0.04, 0.04), (0, 0, crown)), "fork", paint)
    post_top = crown + a.vary(0.3, 0.2)
    a.add(rod((0, 0, crown), (0, 0, post_top), 0.014, 10), "seat post", CHROME, Tier.FIXED)
    saddle = ellipsoid((0.07, 0.14, 0.04), 16, (0, 0, post_top + 0.02))
    a.add(saddle, "saddle", SADDLE, Tier.SECONDARY)


TEMPLATE = Template(
    "unicycle",
    build_unicycle,
    1.1,
    description="a unicycle: a one-wheeled cycle with pedals and a tall seat, ridden by jugglers",
    synonyms=("unicycles", "one wheeled bike"),
    kinds=("circus unicycle",),
    parts=("tyre", "wheel", "hub", "fork", "crank", "pedal", "seat post", "saddle"),
    aliases={
        "tire": "tyre",
        "seat": "saddle",
        "spokes": "wheel",
        "frame": "fork",
        "pedals": "pedal",
    },
)
