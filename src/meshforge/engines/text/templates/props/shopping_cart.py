"""A shopping cart: a tapered wire basket on a wheeled frame, a plastic-capped push handle."""

from __future__ import annotations

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, subtract, union

CHROME: RGB = (200, 203, 210)
HANDLES: tuple[RGB, ...] = ((210, 40, 40), (40, 90, 190), (40, 150, 70), (245, 180, 30))
TYRE: RGB = (40, 40, 44)


def _frustum(
    z_low: float,
    z_high: float,
    bottom: tuple[float, float],
    top: tuple[float, float],
    half_widths: tuple[float, float],
) -> Manifold:
    """The hull of a bottom rectangle at ``z_low`` and a top one at ``z_high``: each spans Y
    over its (front, back) pair and X over its half width (bottom, top)."""
    points = [
        (x, y, z)
        for ys, z, half in ((bottom, z_low, half_widths[0]), (top, z_high, half_widths[1]))
        for y in ys
        for x in (-half, half)
    ]
    return Manifold.hull_points(np.asarray(points, dtype=np.float64))


def build_shopping_cart(a: Assembly) -> None:
    """A shopping cart: a tapered wire basket on a wheeled frame, a plastic-capped push handle."""
    length = a.vary(0.95, 0.06)
    low, high = 0.5, a.vary(0.95, 0.04)
    front, back = -length / 2, length / 2
    # the basket flares towards the top and back; its floor starts further back than its rim
    outer = _frustum(low, high, (front + 0.12, back - 0.03), (front, back), (0.24, 0.29))
    wall = 0.012
    inner = _frustum(
        low + wall,
        high + 0.2,
        (front + 0.12 + wall, back - 0.03 - wall),
        (front + wall * 0.6 - 0.03, back - wall),
        (0.24 - wall, 0.31 - wall),
    )
    basket = subtract(outer, inner)
    pitch, hole = 0.055, 0.04
    holes = []
    for y in np.arange(front + 0.05, back - 0.04, pitch):
        for z in np.arange(low + 0.05, high - 0.05, pitch):
            holes.append(box((1.0, hole, hole), (0.0, float(y), float(z))))
    for x in np.arange(-0.19, 0.2, pitch):
        for z in np.arange(low + 0.05, high - 0.05, pitch):
            holes.append(box((hole, 2.0, hole), (float(x), 0.0, float(z))))
        for y in np.arange(front + 0.17, back - 0.07, pitch):
            holes.append(box((hole, hole, 0.1), (float(x), float(y), low)))
    a.add(subtract(basket, union(holes)), "basket", CHROME)
    for sx in (-1, 1):
        # a side leg from the basket's back corner down to the base, and one from the front
        a.add(
            rod((sx * 0.23, back - 0.05, low + 0.02), (sx * 0.22, back - 0.02, 0.12), 0.013, 10),
            "frame",
            CHROME,
        )
        a.add(
            rod((sx * 0.22, front + 0.15, low + 0.02), (sx * 0.15, front + 0.05, 0.12), 0.013, 10),
            "frame",
            CHROME,
        )
        a.add(
            rod((sx * 0.15, front + 0.05, 0.12), (sx * 0.22, back - 0.02, 0.12), 0.013, 10),
            "frame",
            CHROME,
        )
        a.add(
            rod(
                (sx * 0.27, back - 0.01, high - 0.02),
                (sx * 0.27, back + 0.1, high + 0.05),
                0.012,
                10,
            ),
            "frame",
            CHROME,
        )
    a.add(rod((-0.22, back - 0.02, 0.12), (0.22, back - 0.02, 0.12), 0.013, 10), "frame", CHROME)
    a.add(rod((-0.15, front + 0.05, 0.12), (0.15, front + 0.05, 0.12), 0.013, 10), "frame", CHROME)
    if a.maybe("rack", 0.8, "tray"):
        # the bottom tray rests on the base rails
        a.add(box((0.4, length * 0.7, 0.015), (0, 0.05, 0.138)), "rack", CHROME)
    handle = rod((-0.3, back + 0.1, high + 0.05), (0.3, back + 0.1, high + 0.05), 0.02, 16)
    a.add(handle, "handle", HANDLES, Tier.SECONDARY)
    for x, y in (
        (-0.15, front + 0.05),
        (0.15, front + 0.05),
        (-0.22, back - 0.02),
        (0.22, back - 0.02),
    ):
        a.add(box((0.03, 0.05, 0.06), (x, y, 0.09)), "frame", CHROME)
        wheel = rod((x - 0.018, y, 0.05), (x + 0.018, y, 0.05), 0.05, 16)
        a.add(wheel, "wheel", TYRE, Tier.FIXED, RUBBER)


TEMPLATE = Template(
    "shopping cart",
    build_shopping_cart,
    1.0,
    description="a supermarket shopping trolley: a wire basket on four casters with a push handle",
    synonyms=("shopping trolley", "grocery cart", "supermarket trolley", "supermarket cart"),
    kinds=("trolley cart", "grocery trolley", "store cart"),
    parts=("basket", "frame", "rack", "handle", "wheel"),
    aliases={
        "wheels": "wheel",
        "casters": "wheel",
        "castor": "wheel",
        "tray": "rack",
        "wire": "basket",
    },
)
