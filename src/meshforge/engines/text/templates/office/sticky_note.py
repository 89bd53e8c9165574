"""A pad of sticky notes: a square stack of coloured paper, the top note's edge curling up."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box

COLORS: tuple[RGB, ...] = (
    (252, 232, 110),
    (252, 232, 110),
    (250, 160, 190),
    (140, 220, 160),
    (130, 200, 240),
    (250, 180, 90),
)
INK: RGB = (40, 60, 150)


def build_sticky_note(a: Assembly) -> None:
    """A sticky note pad: a square stack, the top sheet lifting at its free edge, a scribble."""
    side = a.vary(0.076, 0.05)
    thick = a.vary(0.012, 0.4)
    color = a.pick(COLORS)
    a.add(box((side, side, thick), (0, 0, thick / 2)), "pad", color)
    if a.maybe("sheet", 0.7, "curled", "peeling"):
        # the top note, stuck along its back edge and curling up at the front
        sheet = box((side, side * 0.5, 0.0006), (0, -side * 0.25, 0.0))
        a.add(sheet.rotate((-12, 0, 0)).translate((0, 0, thick + 0.0002)), "pad", color)
    if a.maybe("writing", 0.5, "writing", "note", "scribble", "text"):
        for k in range(3):
            line = box(
                (side * (0.7 - 0.15 * (k == 2)), 0.0015, 0.0006),
                (-side * 0.03 * (k == 2), side * (0.25 - 0.12 * k), thick + 0.0002),
            )
            a.add(line, "writing", INK, Tier.FIXED)


TEMPLATE = Template(
    "sticky note",
    build_sticky_note,
    0.012,
    description="a pad of square sticky notes, bright yellow paper for short reminders",
    synonyms=(
        "sticky notes",
        "post it note",
        "post it",
        "postit",
        "sticky pad",
        "memo note",
    ),
    kinds=("post it notes", "sticky note pad", "stickies"),
    parts=("pad", "writing"),
    aliases={"note": "pad", "paper": "pad", "sheet": "pad", "text": "writing", "ink": "writing"},
)
