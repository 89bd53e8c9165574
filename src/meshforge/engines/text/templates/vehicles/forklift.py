"""A forklift: a compact body on small wheels, an overhead guard, a mast and two forks in front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, rod, rounded_box

PAINTS: tuple[RGB, ...] = (
    (240, 185, 30),
    (240, 130, 30),
    (200, 40, 35),
    (40, 110, 60),
    (40, 80, 160),
)
STEEL: RGB = (60, 62, 68)
SEAT: RGB = (35, 35, 38)
PALLET: RGB = (200, 160, 100)


def build_forklift(a: Assembly) -> None:
    """A forklift: a compact body on small wheels, an overhead guard, a mast and two forks."""
    length = a.vary(2.6, 0.06)
    width = a.vary(1.15, 0.06)
    wheel_r = 0.3
    paint = a.pick(PAINTS)
    body_h = 0.75
    a.add(
        rounded_box(
            (width, length * 0.8, body_h), 0.08, 12, (0, length * 0.1, wheel_r * 0.6 + body_h / 2)
        ),
        "body",
        paint,
    )
    a.add(
        rounded_box(
            (width * 0.95, length * 0.25, body_h * 0.6),
            0.1,
            12,
            (0, length * 0.42, wheel_r * 0.6 + body_h + body_h * 0.25),
        ),
        "counterweight",
        paint,
    )
    for y, r in ((-length * 0.22, wheel_r), (length * 0.35, wheel_r * 0.85)):
        for sx in (-1, 1):
            wheel(a, (sx * (width / 2 + 0.02), y, r), r, 0.22)
    top = wheel_r * 0.6 + body_h + 1.2
    for sx in (-1, 1):
        for y in (-length * 0.2, length * 0.3):
            a.add(
                rod(
                    (sx * width * 0.42, y, wheel_r * 0.6 + body_h - 0.02),
                    (sx * width * 0.42, y, top),
                    0.04,
                    8,
                ),
                "guard",
                STEEL,
                Tier.FIXED,
            )
    a.add(
        box((width * 0.9, length * 0.55, 0.06), (0, length * 0.05, top)), "guard", STEEL, Tier.FIXED
    )
    a.add(
        rounded_box((0.45, 0.45, 0.15), 0.04, 8, (0, length * 0.15, wheel_r * 0.6 + body_h + 0.05)),
        "seat",
        SEAT,
        Tier.FIXED,
    )
    a.add(
        box((0.45, 0.1, 0.4), (0, length * 0.35, wheel_r * 0.6 + body_h + 0.25)),
        "seat",
        SEAT,
        Tier.FIXED,
    )
    mast_y = -length * 0.3 - 0.04
    mast_h = top + a.between(0.1, 0.4)
    for sx in (-1, 1):
        a.add(
            box((0.1, 0.12, mast_h), (sx * width * 0.3, mast_y, mast_h / 2 + 0.05)),
            "mast",
            STEEL,
            Tier.FIXED,
        )
    a.add(box((width * 0.7, 0.1, 0.1), (0, mast_y, mast_h)), "mast", STEEL, Tier.FIXED)
    a.add(box((width * 0.7, 0.1, 0.1), (0, mast_y, body_h * 0.5)), "mast", STEEL, Tier.FIXED)
    lift = a.between(0.1, 0.6)
    a.add(
        box((width * 0.75, 0.06, 0.5), (0, mast_y - 0.08, lift + 0.25)),
        "carriage",
        STEEL,
        Tier.FIXED,
    )
    fork_len = length * 0.45
    for sx in (-1, 1):
        a.add(
            box(
                (0.1, fork_len, 0.05),
                (sx * width * 0.22, mast_y - 0.1 - fork_len / 2, lift + 0.025),
            ),
            "fork",
            STEEL,
            Tier.FIXED,
        )
    if a.maybe("pallet", 0.35, "crate", "load", "box"):
        a.add(
            box(
                (width * 0.9, fork_len * 0.9, 0.14), (0, mast_y - 0.12 - fork_len / 2, lift + 0.12)
            ),
            "pallet",
            PALLET,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "forklift",
    build_forklift,
    2.2,
    description="a small warehouse truck that lifts pallets on two forks up a mast",
    synonyms=("fork lift", "forklift truck", "fork lift truck", "forklifts", "lift truck"),
    kinds=("warehouse forklift", "pallet truck"),
    parts=(
        "body",
        "counterweight",
        "guard",
        "seat",
        "mast",
        "carriage",
        "fork",
        "pallet",
        "wheel",
        "hubcap",
    ),
    aliases={"forks": "fork", "cage": "guard", "roof": "guard", "wheels": "wheel"},
)
