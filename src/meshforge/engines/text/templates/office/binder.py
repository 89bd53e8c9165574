"""A ring binder lying open: two stiff covers either side of a spine, steel rings through paper."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, box, union
from meshforge.engines.text.kit.stationery import COVERS, PAPER, WIRE


def build_binder(a: Assembly) -> None:
    """A ring binder lying open: two covers either side of a spine, steel rings through paper."""
    width, depth = a.vary(0.24, 0.06), a.vary(0.31, 0.05)
    spine, board = a.vary(0.05, 0.2), 0.004
    color = a.color("cover", COVERS)
    for side in (-1, 1):
        x = side * (spine / 2 + width / 2)
        a.add(box((width, depth, board), (x, 0, board / 2)), "cover", color)
    a.add(box((spine + 0.004, depth, board * 0.8), (0, 0, board * 0.4)), "spine", color)
    # the rings stand on a metal plate near the spine, on the right-hand (back) cover
    ring_x = spine / 2 + 0.03
    ring_r = spine * 0.4
    # wide enough that both feet of every ring stand on it, however wide the spine makes them
    plate = (2 * ring_r + 0.012, depth * 0.7, 0.008)
    a.add(box(plate, (ring_x, 0, board + 0.004)), "rings", WIRE, Tier.FIXED)
    count = a.count("rings", a.pick((2, 3, 4)), 2, 4)
    rings = [
        arc_tube((ring_x, y, board + 0.008), ring_r, 0.0025, 24, 0.0, 180.0)
        for y in (depth * 0.3 * (2 * k / (count - 1) - 1) for k in range(count))
    ]
    a.add(union(rings), "rings", WIRE, Tier.FIXED)
    if a.maybe("paper", 0.8, "pages", "sheets"):
        stack = a.between(0.006, 0.018)
        sheet_x = spine / 2 + width / 2 + 0.006
        a.add(
            box((width - 0.02, depth - 0.02, stack), (sheet_x, 0, board + stack / 2)),
            "paper",
            PAPER,
            Tier.FIXED,
        )
    if a.wants("label"):
        label = box(
            (width * 0.5, depth * 0.25, 0.002), (-spine / 2 - width / 2, depth * 0.15, board)
        )
        a.add(label, "label", PAPER, Tier.SECONDARY)


TEMPLATE = Template(
    "binder",
    build_binder,
    0.03,
    description="an open ring binder: stiff covers with steel rings holding punched sheets",
    synonyms=(
        "ring binder",
        "ringbinder",
        "lever arch file",
        "folder binder",
        "three ring binder",
        "3 ring binder",
        "file binder",
    ),
    parts=("cover", "spine", "rings", "paper", "label"),
    aliases={"ring": "rings", "pages": "paper", "sheets": "paper", "covers": "cover"},
)
