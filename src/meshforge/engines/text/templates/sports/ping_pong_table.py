"""A ping pong table: a dark green or blue top with white lines and a net, on folding legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, subtract, union

TOPS: tuple[RGB, ...] = ((30, 80, 150), (30, 100, 60), (40, 40, 45))
LINES: RGB = (245, 245, 240)
FRAME: RGB = (45, 45, 50)
NET: RGB = (235, 235, 230)


def build_ping_pong_table(a: Assembly) -> None:
    """A dark green or blue top with white lines and a net, on folding legs."""
    top_color = a.pick(TOPS)
    length, width, top = a.vary(2.74, 0.03), a.vary(1.525, 0.03), 0.76
    a.add(box((width, length, 0.03), (0, 0, top - 0.015)), "top", top_color)
    lines = [
        subtract(
            box((width, length, 0.004), (0, 0, top)),
            box((width - 0.04, length - 0.04, 0.02), (0, 0, top)),
        ),
        box((0.006, length, 0.004), (0, 0, top)),
    ]
    a.add(union(lines), "line", LINES, Tier.FIXED)
    for sy in (-1, 1):
        y = sy * length * 0.3
        for sx in (-1, 1):
            x = sx * (width / 2 - 0.15)
            a.add(rod((x, y, 0.0), (x, y, top - 0.02), 0.025, 8), "leg", FRAME, Tier.FIXED)
        a.add(
            rod((-width / 2 + 0.15, y, 0.2), (width / 2 - 0.15, y, 0.2), 0.02, 8),
            "leg",
            FRAME,
            Tier.FIXED,
        )
    a.add(box((0.05, length * 0.6, 0.04), (0, 0, top - 0.05)), "leg", FRAME, Tier.FIXED)
    if a.wants("net"):
        net = box((width + 0.3, 0.01, 0.1525), (0, 0, top + 0.076))
        a.add(net, "net", NET, Tier.FIXED)
        for sx in (-1, 1):
            post = box((0.03, 0.04, 0.17), (sx * (width / 2 + 0.15), 0, top + 0.08))
            a.add(post, "net", FRAME, Tier.FIXED)
            clamp = box((0.1, 0.05, 0.04), (sx * (width / 2 + 0.1), 0, top - 0.01))
            a.add(clamp, "net", FRAME, Tier.FIXED)


TEMPLATE = Template(
    "ping pong table",
    build_ping_pong_table,
    0.9,
    description="a table tennis table: a long flat board on legs with a low net across the middle",
    synonyms=("table tennis table", "ping-pong table", "pingpong table"),
    parts=("top", "line", "leg", "net"),
    aliases={"legs": "leg", "surface": "top", "lines": "line"},
)
