"""A box grater: a tapering four-sided steel tower of grating faces with a handle on top."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box, subtract
from meshforge.engines.text.kit.tableware import HANDLES, STEEL


def build_grater(a: Assembly) -> None:
    """A box grater: a tapering four-sided steel tower of grating faces with a handle on top."""
    base_w, base_d, height = a.vary(0.1, 0.1), a.vary(0.08, 0.1), a.vary(0.23, 0.1)
    top = 0.75
    shell = Manifold.batch_hull(
        [
            box((base_w, base_d, 0.002), (0, 0, 0.001)),
            box((base_w * top, base_d * top, 0.002), (0, 0, height - 0.001)),
        ]
    )
    hollow = Manifold.batch_hull(
        [
            box((base_w - 0.004, base_d - 0.004, 0.002), (0, 0, -0.001)),
            box((base_w * top - 0.004, base_d * top - 0.004, 0.002), (0, 0, height + 0.001)),
        ]
    )
    holes = []
    for row in range(9):
        z = height * (0.12 + 0.085 * row)
        scale = 1 - (1 - top) * z / height
        for col in range(4):
            x = (col - 1.5) * base_w * scale * 0.2
            holes.append(box((0.008, base_d * 1.2, 0.004), (x + (row % 2) * 0.005, 0, z)))
    a.add(subtract(shell, hollow, *holes), "body", STEEL)
    handle = a.pick(HANDLES)
    grip = rounded_box((base_w * top, 0.02, 0.035), 0.009, 12, (0, 0, height + 0.03))
    cut = rounded_box((base_w * 0.45, 0.04, 0.015), 0.006, 8, (0, 0, height + 0.027))
    a.add(subtract(grip, cut), "handle", handle, Tier.SECONDARY)
    for sx in (-1, 1):
        a.add(
            box((0.01, 0.02, 0.03), (sx * (base_w * top / 2 - 0.004), 0, height + 0.005)),
            "handle",
            handle,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "grater",
    build_grater,
    0.25,
    description="a steel box grater with sharp holes for grating cheese and vegetables",
    synonyms=("box grater", "cheese grater", "kitchen grater", "food grater"),
    kinds=("microplane", "zester", "rasp grater"),
    parts=("body", "handle"),
    aliases={"grip": "handle", "blade": "body"},
)
