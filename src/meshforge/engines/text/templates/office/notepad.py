"""A spiral notepad lying flat: lined paper under a card cover, a wire coil along the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, union
from meshforge.engines.text.kit.stationery import COVERS, PAPER, WIRE, spiral_binding

LINES = (150, 180, 215)


def build_notepad(a: Assembly) -> None:
    """A spiral notepad: a stack of paper, a cover folded half back, a wire coil along the top."""
    width, depth, thick = a.vary(0.15, 0.12), a.vary(0.21, 0.1), a.vary(0.01, 0.3)
    top_y = depth / 2
    a.add(box((width, depth, thick), (0, 0, thick / 2)), "paper", PAPER, Tier.FIXED)
    coil_r = thick * 0.5 + 0.004
    coil = spiral_binding(width * 0.92, coil_r, 0.012, 0.0009)
    a.add(coil.translate((0, top_y - 0.002, thick * 0.6)), "spiral", WIRE, Tier.FIXED)
    if a.maybe("cover", 0.6, "closed"):
        a.add(box((width, depth - 0.012, 0.0015), (0, -0.006, thick)), "cover", COVERS)
    elif a.wants("lines"):
        # an open page: ruled lines and a margin
        rows = [
            box((width * 0.84, 0.002, 0.0012), (0, top_y - 0.03 - 0.016 * k, thick + 0.0003))
            for k in range(int((depth - 0.045) / 0.016))
        ]
        a.add(union(rows), "lines", LINES, Tier.SECONDARY)


TEMPLATE = Template(
    "notepad",
    build_notepad,
    0.02,
    description="a spiral-bound notepad: a stack of paper with a wire coil along its top edge",
    synonyms=(
        "note pad",
        "spiral notepad",
        "spiral pad",
        "memo pad",
        "writing pad",
        "jotter",
        "legal pad",
        "scratch pad",
    ),
    parts=("paper", "cover", "spiral", "lines"),
    aliases={"pages": "paper", "page": "paper", "coil": "spiral", "wire": "spiral"},
)
