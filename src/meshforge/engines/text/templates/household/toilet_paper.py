"""A roll of toilet paper standing on end: a thick paper ring round a cardboard core."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, lathe

#: white, cream and the odd pastel roll
PAPERS: tuple[RGB, ...] = ((248, 248, 244), (250, 246, 232), (245, 245, 250), (240, 215, 220))
CARDBOARD: RGB = (190, 150, 100)


def build_toilet_paper(a: Assembly) -> None:
    """A roll of toilet paper standing on end: a thick paper ring round a cardboard core."""
    height, outer = a.vary(0.1, 0.05), a.vary(0.056, 0.1)
    core_r, core_wall = 0.022, 0.0015
    paper = a.pick(PAPERS)
    ring = [(core_r, 0.0), (outer, 0.0), (outer, height), (core_r, height)]
    a.add(lathe(ring, a.segments(outer)), "paper", paper)
    tube = [
        (core_r - core_wall, 0.0005),
        (core_r + 0.0005, 0.0005),
        (core_r + 0.0005, height - 0.0005),
    ]
    tube.append((core_r - core_wall, height - 0.0005))
    a.add(lathe(tube, a.segments(core_r)), "core", CARDBOARD, Tier.FIXED)
    if a.maybe("sheet", 0.7, "unrolled", "loose"):  # the loose end peeling off the front
        length = a.vary(0.06, 0.3)
        flap = box((length, 0.0015, height * 0.98), (length / 2 - 0.002, 0.0, height / 2))
        a.add(
            flap.rotate((0, 0, -18)).translate((0.0, -outer + 0.0006, 0.0)),
            "sheet",
            paper,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "toilet paper",
    build_toilet_paper,
    0.1,
    description="a roll of soft white toilet paper wound round a cardboard tube",
    synonyms=(
        "toilet roll",
        "roll of toilet paper",
        "loo roll",
        "bathroom tissue",
        "toilet tissue",
        "bog roll",
        "paper roll",
    ),
    parts=("paper", "core", "sheet"),
    aliases={"tube": "core", "roll": "paper", "flap": "sheet", "tissue": "paper"},
)
