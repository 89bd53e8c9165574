"""An accordion: two end boxes, pleated bellows between them, a piano keyboard and bass buttons."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, IVORY, SILVER
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

CASES: tuple[RGB, ...] = (
    (190, 30, 40),
    (30, 30, 34),
    (240, 240, 235),
    (40, 90, 170),
    (20, 110, 80),
)
BELLOWS: tuple[RGB, ...] = ((30, 30, 34), (200, 30, 40), (240, 240, 235))


def build_accordion(a: Assembly) -> None:
    """An accordion: two end boxes, pleated bellows between them, a piano keyboard and buttons."""
    height, depth = a.vary(0.42, 0.06), a.vary(0.18, 0.06)
    end_w = 0.09
    folds = a.count("fold", a.pick((9, 11, 13)), 5, 20)
    spread = a.vary(0.2, 0.2)
    case = a.pick(CASES)
    left_x = -(spread / 2 + end_w / 2)
    right_x = spread / 2 + end_w / 2
    a.add(rounded_box((end_w, depth, height), 0.012, 8, (left_x, 0, height / 2)), "case", case)
    a.add(rounded_box((end_w, depth, height), 0.012, 8, (right_x, 0, height / 2)), "case", case)
    # bellows: pleats alternating proud and sunk, so the folds catch the light
    step = spread / folds
    for k in range(folds + 1):
        x = -spread / 2 + k * step
        proud = k % 2 == 0
        inset = 0.0 if proud else 0.014
        a.add(
            box(
                (step * 0.6 if proud else step * 1.5, depth - inset * 2, height - inset * 2),
                (x, 0, height / 2),
            ),
            "bellows",
            a.pick(BELLOWS) if k == 0 else BELLOWS,
            Tier.SECONDARY,
        )
    # the treble keyboard runs down the front edge of the right-hand box
    keys_x = right_x + end_w * 0.2
    for k in range(9):
        z = height * 0.1 + k * height * 0.09
        a.add(
            box(
                (end_w * 0.45, 0.02, height * 0.08), (keys_x, -depth / 2 - 0.008, z + height * 0.04)
            ),
            "keys",
            IVORY,
            Tier.FIXED,
        )
        if k % 7 not in (2, 6):
            a.add(
                box(
                    (end_w * 0.25, 0.03, height * 0.045),
                    (keys_x - end_w * 0.08, -depth / 2 - 0.014, z + height * 0.085),
                ),
                "keys",
                BLACK,
                Tier.FIXED,
            )
    for row in range(3):
        for k in range(6):
            z = height * (0.2 + 0.12 * k)
            a.add(
                front_disc(
                    0.008,
                    0.012,
                    8,
                    left_x - end_w * 0.25 + row * end_w * 0.25,
                    z,
                    -depth / 2 - 0.004,
                ),
                "button",
                SILVER,
                Tier.FIXED,
            )
    a.add(
        box((0.02, 0.03, height * 0.6), (left_x, depth / 2 + 0.01, height / 2)),
        "strap",
        BLACK,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "accordion",
    build_accordion,
    0.45,
    description="an accordion with pleated bellows between a piano keyboard and bass buttons",
    synonyms=("accordian", "piano accordion", "squeezebox", "squeeze box", "concertina"),
    kinds=("bandoneon", "melodeon"),
    parts=("case", "bellows", "keys", "button", "strap"),
    aliases={"keyboard": "keys", "buttons": "button", "body": "case", "folds": "bellows"},
)
