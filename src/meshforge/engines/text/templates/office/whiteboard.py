"""A whiteboard: a glossy white panel in an aluminium frame, a marker tray, often on a stand."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.boards import framed_board
from meshforge.engines.text.kit.solids import box, capsule

WHITE: RGB = (246, 247, 250)
ALUMINIUM: RGB = (195, 198, 204)
INKS: tuple[RGB, ...] = ((30, 30, 33), (40, 90, 200), (200, 40, 40), (40, 150, 70))


def build_whiteboard(a: Assembly) -> None:
    """A whiteboard: a glossy white panel in an aluminium frame, a marker tray, often on a
    stand."""
    size = (a.vary(1.2, 0.15), a.vary(0.9, 0.1))
    bottom = framed_board(a, WHITE, ALUMINIUM, ALUMINIUM, size)
    if a.maybe("marker", 0.8, "markers", "pen"):
        for k in range(a.count("marker", 2, 1, 4)):
            x = -0.15 + k * 0.1
            pen = capsule((x, -0.05, bottom + 0.019), (x + 0.12, -0.05, bottom + 0.019), 0.01, 10)
            a.add(pen, "marker", a.pick(INKS), Tier.FIXED)
    if a.maybe("writing", 0.5, "diagram", "notes"):
        for k in range(3):  # a few scribbled lines in marker
            line = box((size[0] * a.between(0.3, 0.6), 0.004, 0.012), (0, -0.011, 0))
            z = bottom + size[1] * (0.75 - 0.15 * k)
            a.add(line.translate((-size[0] * 0.15, 0, z)), "writing", a.pick(INKS), Tier.FIXED)


TEMPLATE = Template(
    "whiteboard",
    build_whiteboard,
    1.0,
    description="a glossy white board in a metal frame that is written on with dry-wipe markers",
    synonyms=("white board", "dry erase board", "dry-erase board", "marker board", "whiteboards"),
    not_claimed=("whiteboard marker", "whiteboard pen"),
    parts=("board", "frame", "tray", "stand", "marker", "writing"),
    aliases={"surface": "board", "markers": "marker", "legs": "stand", "text": "writing"},
)
