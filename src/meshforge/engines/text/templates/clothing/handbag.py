"""A handbag: a tapered leather body, a flap with a clasp, arched handles on top."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, LEATHERS
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import tube

FASHION: tuple[RGB, ...] = (
    *LEATHERS,
    (180, 30, 45),
    (30, 30, 34),
    (230, 200, 170),
    (200, 120, 150),
)


def build_handbag(a: Assembly) -> None:
    """A handbag: a tapered leather body, a flap with a clasp, arched handles on top."""
    width, depth, height = a.vary(0.3, 0.1), a.vary(0.13, 0.1), a.vary(0.22, 0.1)
    color = a.pick(FASHION)
    body = Manifold.batch_hull(
        [
            rounded_box((width, depth, 0.04), 0.015, 16, (0, 0, 0.02)),
            rounded_box(
                (width * a.between(0.75, 0.9), depth * 0.7, 0.02), 0.008, 16, (0, 0, height)
            ),
        ]
    )
    a.add(body, "bag", color)
    if a.wants("flap"):
        flap = Manifold.batch_hull(
            [
                box((width * 0.82, 0.008, 0.01), (0, -depth * 0.36, height - 0.002)),
                rounded_box(
                    (width * 0.8, 0.008, 0.03), 0.004, 12, (0, -depth * 0.45, height * 0.55)
                ),
            ]
        )
        a.add(flap, "flap", color)
        a.add(
            rounded_box((0.035, 0.012, 0.025), 0.004, 12, (0, -depth * 0.46, height * 0.55)),
            "clasp",
            GOLD,
            Tier.FIXED,
        )
    handles = a.count("handle", 2, 1, 2)
    for k in range(handles):
        y = (k - (handles - 1) / 2) * depth * 0.45
        rise = height * a.between(0.55, 0.75)
        path = [
            (-width * 0.25, y, height - 0.005),
            (-width * 0.22, y, height + rise * 0.8),
            (0.0, y, height + rise),
            (width * 0.22, y, height + rise * 0.8),
            (width * 0.25, y, height - 0.005),
        ]
        a.add(tube(path, 0.007, 12), "handle", color)


TEMPLATE = Template(
    "handbag",
    build_handbag,
    0.3,
    description="a woman's leather bag with a flap and clasp and handles on top",
    synonyms=("purse", "hand bag", "tote bag", "tote", "clutch bag", "shoulder bag", "satchel"),
    kinds=("designer handbag", "birkin", "leather bag"),
    parts=("bag", "flap", "clasp", "handle"),
    aliases={"body": "bag", "buckle": "clasp", "strap": "handle"},
)
