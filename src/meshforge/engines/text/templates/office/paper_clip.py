"""A paper clip: a steel wire bent into nested rounded loops, lying flat."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3
from meshforge.engines.text.kit.sweeps import tube

WIRES: tuple[RGB, ...] = (
    (200, 204, 210),
    (200, 204, 210),
    (220, 50, 50),
    (50, 110, 200),
    (250, 200, 40),
)


def _bend(cx: float, cy: float, radius: float, start_deg: float, z: float) -> list[Vec3]:
    """Seven points round a half circle about (cx, cy), from ``start_deg`` turning 180 degrees."""
    return [
        (
            cx + radius * math.cos(math.radians(start_deg + 180 * k / 6)),
            cy + radius * math.sin(math.radians(start_deg + 180 * k / 6)),
            z,
        )
        for k in range(7)
    ]


def build_paper_clip(a: Assembly) -> None:
    """A paper clip: a steel wire bent into nested rounded loops, lying flat."""
    scale = 4.0 if a.mentions("giant", "big", "large", "huge") else 1.0
    length, r1 = a.vary(0.05, 0.1) * scale, a.vary(0.0048, 0.1) * scale
    wire = 0.00055 * scale
    gap = wire * a.between(3.0, 3.6)
    top, bottom = r1, -r1
    lane_c, lane_d = r1 - 2 * gap, -r1 + 2 * gap
    # the outer bend (left), the bottom run, the right bend up to lane c, the inner bend (left)
    path: list[Vec3] = [(length * 0.12, top, wire)]
    path += _bend(-length / 2 + r1, 0.0, r1, 90, wire)  # top -> bottom, round the left
    right_r = (lane_c - bottom) / 2
    path += _bend(length / 2 - right_r, (lane_c + bottom) / 2, right_r, -90, wire)
    inner_r = (lane_c - lane_d) / 2
    path += _bend(-length / 2 + r1 + length * 0.14, (lane_c + lane_d) / 2, inner_r, 90, wire)
    path.append((length * 0.22, lane_d, wire))
    a.add(tube(path, wire, 12), "wire", a.pick(WIRES))


TEMPLATE = Template(
    "paper clip",
    build_paper_clip,
    0.003,
    description="a small bent steel wire paper clip",
    synonyms=("paperclip",),
    kinds=("gem clip",),
    parts=("wire",),
    aliases={"metal": "wire"},
)
