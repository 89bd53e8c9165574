"""A cardboard box: a brown carton, taped shut or open with its four flaps folded out."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, subtract

CARDBOARDS: tuple[RGB, ...] = ((190, 150, 100), (200, 160, 110), (175, 135, 90))
TAPES: tuple[RGB, ...] = ((215, 175, 110), (225, 225, 220), (60, 60, 64))
CARDBOARD = MATERIALS["cardboard"]
#: the board's thickness
WALL_M = 0.006


def build_cardboard_box(a: Assembly) -> None:
    """A cardboard box: a brown carton, taped shut or open with its four flaps folded out."""
    length, width, height = a.vary(0.45, 0.15), a.vary(0.32, 0.15), a.vary(0.3, 0.15)
    color = a.pick(CARDBOARDS)
    is_open = a.mentions("open", "empty", "flaps") or (
        not a.mentions("closed", "taped", "sealed") and a.chance(0.5)
    )
    shell = box((length, width, height), (0, 0, height / 2))
    if not is_open:
        a.add(shell, "box", color, Tier.PRIMARY, CARDBOARD)
        a.add(
            box((length - 0.004, width, 0.004), (0, 0, height)),
            "seam",
            color,
            Tier.PRIMARY,
            CARDBOARD,
        )
        if a.wants("tape"):
            tape_color = a.pick(TAPES)
            tape = box((length + 0.004, 0.05, 0.002), (0, 0, height + 0.002))
            a.add(tape, "tape", tape_color, Tier.SECONDARY)
            for sx in (-1, 1):
                end = box(
                    (0.002, 0.05, height * 0.25), (sx * (length / 2 + 0.001), 0, height * 0.875)
                )
                a.add(end, "tape", tape_color, Tier.SECONDARY)
        return
    inside = box((length - 2 * WALL_M, width - 2 * WALL_M, height), (0, 0, height / 2 + WALL_M))
    a.add(subtract(shell, inside), "box", color, Tier.PRIMARY, CARDBOARD)
    if not a.wants("flap"):
        return
    # each flap hinges on a top edge and leans out and down, about 120 degrees open
    long_flap, short_flap = width * 0.5, width * 0.5
    for sy in (-1, 1):
        flap = box((length - 0.004, long_flap, WALL_M), (0, sy * long_flap / 2, 0))
        flap = flap.rotate((sy * 60, 0, 0)).translate((0, sy * (width / 2 - WALL_M / 2), height))
        a.add(flap, "flap", color, Tier.PRIMARY, CARDBOARD)
    for sx in (-1, 1):
        flap = box((short_flap, width - 0.004, WALL_M), (sx * short_flap / 2, 0, 0))
        flap = flap.rotate((0, -sx * 70, 0)).translate((sx * (length / 2 - WALL_M / 2), 0, height))
        a.add(flap, "flap", color, Tier.PRIMARY, CARDBOARD)


TEMPLATE = Template(
    "cardboard box",
    build_cardboard_box,
    0.3,
    description="a brown cardboard box for packing and shipping things",
    synonyms=(
        "shipping box",
        "moving box",
        "packing box",
        "cardboard carton",
        "parcel box",
        "delivery box",
        "corrugated box",
    ),
    parts=("box", "seam", "tape", "flap"),
    aliases={"flaps": "flap", "lid": "flap", "sides": "box"},
)
