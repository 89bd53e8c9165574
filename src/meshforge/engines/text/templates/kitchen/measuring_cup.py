"""A measuring jug: a clear flared jug with graduation marks up its front, a spout and a handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, prism, vessel
from meshforge.engines.text.kit.tableware import GLASS, cup_handle

MARKS: tuple[RGB, ...] = ((200, 40, 40), (40, 60, 150), (30, 30, 34))


def build_measuring_cup(a: Assembly) -> None:
    """A measuring jug: a clear flared jug, graduation marks up its front, a spout and a handle."""
    low_r, top_r, height = a.vary(0.052, 0.1), a.vary(0.064, 0.1), a.vary(0.13, 0.15)
    jug = vessel([(low_r, 0.0), (top_r, height)], 0.003, 0.006, a.segments(top_r))
    a.add(jug, "jug", GLASS)
    # the spout: a pinched triangular lip proud of the rim at the front-left
    lip = [(-top_r + 0.012, -0.022), (-top_r - 0.016, 0.0), (-top_r + 0.012, 0.022)]
    a.add(prism(lip, 0.005, (0, 0, height - 0.005)), "spout", a.color("jug", GLASS))
    if a.wants("handle"):
        a.add(cup_handle(a, top_r - 0.006, height * 0.55, 0.035, 0.007, 1.3), "handle", GLASS)
    if a.wants("marks"):
        # ticks on the front (-Y), long ones every fourth
        for k in range(1, 9):
            z = height * (0.12 + 0.09 * k)
            r = low_r + (top_r - low_r) * z / height
            long = k % 4 == 0
            tick = box((0.022 if long else 0.012, 0.004, 0.0025), (0.0, -(r - 0.001), z))
            a.add(tick, "marks", MARKS, Tier.SECONDARY)


TEMPLATE = Template(
    "measuring cup",
    build_measuring_cup,
    0.13,
    description="a measuring jug: a clear jug with scale marks up its side, a spout, a handle",
    synonyms=(
        "measuring jug",
        "measuring beaker",
        "pyrex jug",
        "graduated jug",
        "measuring pitcher",
    ),
    parts=("jug", "spout", "handle", "marks"),
    aliases={"cup": "jug", "scale": "marks", "lines": "marks", "markings": "marks"},
)
