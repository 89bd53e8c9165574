"""A metal toolbox: a long box with a sloped lid, a carry handle on top, two front latches."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.tools import PAINTED


def build_toolbox(a: Assembly) -> None:
    """A metal toolbox: a long box with a sloped lid, a carry handle on top, two front latches."""
    width, depth = a.vary(0.5, 0.12), a.vary(0.22, 0.1)
    height = a.vary(0.18, 0.12)
    color = a.pick(PAINTED)
    a.add(rounded_box((width, depth, height), 0.008, 12, (0, 0, height / 2)), "body", color)
    lid_h = height * a.between(0.25, 0.4)
    lid = Manifold.batch_hull(
        [
            box((width, depth, 0.01), (0, 0, height + 0.002)),
            box((width * 0.96, depth * 0.55, 0.01), (0, 0, height + lid_h)),
        ]
    )
    a.add(lid, "lid", color)
    a.add(box((width * 1.005, depth * 1.005, 0.012), (0, 0, height)), "trim", BLACK, Tier.FIXED)
    if a.wants("handle"):
        top = height + lid_h
        grip_z = top + a.vary(0.05, 0.15)
        half = width * 0.22
        for side in (-1, 1):
            a.add(
                box((0.03, 0.04, grip_z - top + 0.01), (side * half, 0, (top + grip_z) / 2)),
                "handle",
                BLACK,
                Tier.FIXED,
            )
        a.add(
            rod((-half - 0.015, 0, grip_z), (half + 0.015, 0, grip_z), 0.014, 16),
            "handle",
            BLACK,
            Tier.FIXED,
        )
    if a.wants("latch"):
        for side in (-1, 1):
            latch = box(
                (0.035, 0.012, 0.05), (side * width * 0.32, -depth / 2 - 0.004, height - 0.01)
            )
            a.add(latch, "latch", SILVER, Tier.FIXED)


TEMPLATE = Template(
    "toolbox",
    build_toolbox,
    0.3,
    description="a metal carrying box with a handle on its lid for keeping tools",
    synonyms=("tool box", "tool chest", "tool kit", "toolkit", "tool case"),
    kinds=("mechanics toolbox", "cantilever toolbox"),
    parts=("body", "lid", "trim", "handle", "latch"),
    aliases={"box": "body", "clasp": "latch", "catch": "latch"},
)
