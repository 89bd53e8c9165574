"""A chalkboard: a dark slate panel in a wooden frame with a chalk ledge, often on a stand."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.boards import framed_board
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, capsule

SLATES: tuple[RGB, ...] = ((40, 45, 45), (35, 70, 50), (30, 32, 36))
CHALK: RGB = (240, 240, 235)


def build_chalkboard(a: Assembly) -> None:
    """A chalkboard: a dark slate panel in a wooden frame with a chalk ledge, often on a stand."""
    size = (a.vary(1.1, 0.15), a.vary(0.85, 0.1))
    wood = a.pick(WOODS)
    bottom = framed_board(a, a.pick(SLATES), wood, wood, size)
    if a.maybe("chalk", 0.8):
        stick = capsule((0.1, -0.05, bottom + 0.017), (0.17, -0.05, bottom + 0.017), 0.007, 8)
        a.add(stick, "chalk", CHALK, Tier.FIXED)
    if a.maybe("writing", 0.7, "sums", "lesson", "notes"):
        for k in range(3):  # a few chalked lines
            line = box((size[0] * a.between(0.3, 0.6), 0.004, 0.014), (0, -0.011, 0))
            z = bottom + size[1] * (0.75 - 0.15 * k)
            a.add(line.translate((-size[0] * 0.12, 0, z)), "writing", CHALK, Tier.FIXED)


TEMPLATE = Template(
    "chalkboard",
    build_chalkboard,
    1.0,
    description="a dark green or black board in a wooden frame that is written on with chalk",
    synonyms=("blackboard", "chalk board", "black board", "slate board", "chalkboards"),
    parts=("board", "frame", "tray", "stand", "chalk", "writing"),
    aliases={"slate": "board", "ledge": "tray", "legs": "stand", "text": "writing"},
)
