"""A computer keyboard: a low slab with rows of keys, a long space bar and a number pad."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC
from meshforge.engines.text.kit.solids import box, slab, union


def build_keyboard(a: Assembly) -> None:
    """A computer keyboard: a low slab with rows of keys, a long space bar and a number pad."""
    pitch = a.vary(0.019, 0.04)
    numpad = a.chance(0.6)
    cols = 15 + (5 if numpad else 0)
    width, depth = pitch * cols + 0.02, pitch * 6 + 0.02
    thick = a.vary(0.02, 0.15)
    case = a.pick((BLACK_PLASTIC, (235, 235, 235), (200, 202, 206)))
    tilt = a.between(2, 5)
    frame = slab((width, depth, thick), 0.008, 8, (0, 0, thick / 2))
    a.add(frame.rotate((tilt, 0, 0)).translate((0, 0, 0.003)), "case", case)
    keys = []
    key = pitch * 0.82
    for row in range(6):
        y = -depth / 2 + 0.01 + pitch * (row + 0.5)
        if row == 0:  # bottom row: a long space bar between modifiers
            keys.append(
                box((pitch * 6.2, key, 0.008), (-width / 2 + 0.01 + pitch * 6.5, y, thick + 0.003))
            )
            for c in (0, 1, 2, 11, 12, 13, 14):
                keys.append(
                    box(
                        (key, key, 0.008), (-width / 2 + 0.01 + pitch * (c + 0.5), y, thick + 0.003)
                    )
                )
        else:
            for c in range(15):
                keys.append(
                    box(
                        (key, key, 0.008), (-width / 2 + 0.01 + pitch * (c + 0.5), y, thick + 0.003)
                    )
                )
        if numpad and row < 5:
            for c in range(16, 20):
                keys.append(
                    box(
                        (key, key, 0.008), (-width / 2 + 0.01 + pitch * (c + 0.5), y, thick + 0.003)
                    )
                )
    a.add(
        union(keys).rotate((tilt, 0, 0)).translate((0, 0, 0.003)),
        "key",
        a.pick(((50, 50, 55), (240, 240, 240), (30, 30, 32))),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "keyboard",
    build_keyboard,
    0.03,
    description="a computer keyboard with rows of keys",
    synonyms=("computer keyboard", "pc keyboard", "mechanical keyboard"),
    kinds=("gaming keyboard", "wireless keyboard"),
    not_claimed=(
        "keyboard instrument",
        "electric keyboard",
        "musical keyboard",
        "keyboard piano",
    ),
    parts=("case", "key"),
    aliases={"base": "case"},
)
