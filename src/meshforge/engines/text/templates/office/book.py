"""A hardback book: two covers and a rounded spine around a block of pages; "open" lays it open."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box

COVERS: tuple[RGB, ...] = (
    (150, 30, 35),
    (30, 60, 120),
    (40, 100, 60),
    (120, 80, 45),
    (30, 30, 35),
    (200, 160, 60),
)
PAGES: RGB = (248, 244, 230)
GILT: RGB = (230, 190, 70)


def build_book(a: Assembly) -> None:
    """A hardback book standing a little open, or lying open when asked."""
    width, height, thick = a.vary(0.16, 0.1), a.vary(0.23, 0.08), a.vary(0.035, 0.3)
    cover = a.pick(COVERS)
    board = 0.003
    if a.mentions("open"):
        for side in (-1, 1):
            a.add(box((width, height, board), (side * width / 2, 0, board / 2)), "cover", cover)
            a.add(
                rounded_box(
                    (width * 0.96, height * 0.96, thick * 0.45),
                    0.004,
                    8,
                    (side * width * 0.49, 0, board + thick * 0.2),
                ),
                "page",
                PAGES,
                Tier.FIXED,
            )
        return
    a.add(box((width, thick, height * 0.96), (0.0, 0, height / 2)), "page", PAGES, Tier.FIXED)
    for side in (-1, 1):
        a.add(
            box(
                (width + 0.004, board, height), (0.002, side * (thick / 2 + board / 2), height / 2)
            ),
            "cover",
            cover,
        )
    spine = cylinder(thick / 2 + board, height, a.segments(thick), (-width / 2, 0, 0))
    a.add(spine.scale((0.5, 1, 1)).translate((-width / 2 * 0.5 + 0.0, 0, 0)), "spine", cover)
    if a.wants("band"):
        for z in (0.12, 0.88):
            band = cylinder(
                thick / 2 + board + 0.0008, 0.004, a.segments(thick), (-width / 2, 0, height * z)
            )
            a.add(band.scale((0.5, 1, 1)).translate((-width / 4, 0, 0)), "band", GILT, Tier.FIXED)


TEMPLATE = Template(
    "book",
    build_book,
    0.23,
    description="a hardback book with a coloured cover and white pages",
    synonyms=(
        "hardback",
        "hardcover book",
        "novel",
        "textbook",
        "spellbook",
        "spell book",
        "old book",
        "diary",
        "journal",
    ),
    kinds=("bible", "dictionary", "encyclopedia", "sketchbook", "storybook", "tome", "grimoire"),
    not_claimed=("book end",),
    parts=("cover", "page", "spine", "band"),
    aliases={"paper": "page", "binding": "spine"},
)
