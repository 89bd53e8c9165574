"""An eraser: a soft rubber block with bevelled ends, often in a paper sleeve."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rounded_box

RUBBERS: tuple[RGB, ...] = ((245, 245, 240), (240, 150, 160), (250, 200, 200), (120, 170, 230))
SLEEVES: tuple[RGB, ...] = ((60, 110, 190), (50, 50, 55), (210, 50, 50), (60, 150, 80))


def build_eraser(a: Assembly) -> None:
    """An eraser: a soft rubber block with bevelled ends, often in a paper sleeve."""
    length, width, thick = a.vary(0.06, 0.12), a.vary(0.022, 0.1), a.vary(0.012, 0.1)
    rubber = a.pick(RUBBERS)
    a.add(rounded_box((length, width, thick), thick * 0.3, 12, (0, 0, thick / 2)), "rubber", rubber)
    if a.maybe("sleeve", 0.65, "sleeved", "wrapped"):
        a.add(
            rounded_box(
                (length * 0.55, width * 1.04, thick * 1.08),
                thick * 0.1,
                8,
                (length * 0.12, 0, thick / 2),
            ),
            "sleeve",
            a.pick(SLEEVES),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "eraser",
    build_eraser,
    0.012,
    description="a small rubber block for rubbing out pencil marks",
    synonyms=("rubber eraser", "pencil eraser", "pink eraser", "school eraser"),
    kinds=("india rubber", "kneaded eraser", "white eraser"),
    not_claimed=("eraser board",),
    parts=("rubber", "sleeve"),
    aliases={"body": "rubber", "block": "rubber", "wrapper": "sleeve", "paper": "sleeve"},
)
