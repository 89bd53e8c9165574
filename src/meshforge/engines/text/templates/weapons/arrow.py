"""An arrow standing point up: a long shaft, a steel head, feather fletching and a nock."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, WOODS, front_plate
from meshforge.engines.text.kit.solids import around_z, rod, sphere

FEATHERS: tuple[RGB, ...] = (
    (200, 40, 40),
    (240, 240, 235),
    (40, 90, 170),
    (245, 190, 30),
    (40, 40, 44),
)


def build_arrow(a: Assembly) -> None:
    """An arrow standing point up: a long shaft, a steel head, feather fletching and a nock."""
    length = a.vary(0.75, 0.08)
    r = 0.0045
    a.add(
        rod((0, 0, 0.0), (0, 0, length), r, a.segments(r * 3)),
        "shaft",
        a.pick(WOODS),
        Tier.SECONDARY,
    )
    head_len = a.vary(0.06, 0.15)
    width = head_len * a.between(0.35, 0.5)
    head = Manifold.batch_hull(
        [
            front_plate([(-width / 2, 0.0), (width / 2, 0.0), (0.0, head_len)], 0.0025),
            rod((0, 0, 0), (0, 0, head_len * 0.3), r * 1.4, 12),
            sphere(0.0008, 8, (0, 0, head_len)),
        ]
    )
    a.add(head.translate((0, 0, length - 0.01)), "head", DARK_STEEL)
    vane_len = a.vary(0.11, 0.1)
    vane = front_plate(
        [(0.0, 0.0), (0.028, -0.005), (0.024, vane_len * 0.7), (0.0, vane_len)], 0.0012
    )
    vanes = around_z(vane.translate((r * 0.5, 0, 0.03)), 3, 90.0)
    a.add(vanes, "fletching", a.pick(FEATHERS), Tier.FIXED)
    a.add(rod((0, 0, -0.012), (0, 0, 0.005), r * 1.2, 12), "nock", DARK_STEEL, Tier.FIXED)


TEMPLATE = Template(
    "arrow",
    build_arrow,
    0.8,
    description="a straight shaft with a pointed tip and feathers, shot from a bow",
    synonyms=("archery arrow", "wooden arrow", "crossbow bolt"),
    kinds=("broadhead arrow",),
    not_claimed=("arrow key", "arrow keys", "arrow icon"),
    parts=("shaft", "head", "fletching", "nock"),
    aliases={
        "arrowhead": "head",
        "tip": "head",
        "point": "head",
        "feather": "fletching",
        "vane": "fletching",
    },
)
