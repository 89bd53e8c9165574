"""An office chair: a padded seat and back on a gas-lift column and a five-star base."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, sphere

UPHOLSTERY: tuple[RGB, ...] = ((35, 35, 38), (60, 62, 70), (40, 70, 130), (150, 40, 40))
FRAME: RGB = (30, 30, 32)
CHROME: RGB = (195, 198, 205)


def build_office_chair(a: Assembly) -> None:
    """An office chair: a padded seat and tall back on a gas-lift column over a five-star base."""
    seat_z, width = a.vary(0.48, 0.06), a.vary(0.5, 0.08)
    back_h = a.vary(0.55 if not a.mentions("gaming", "executive") else 0.8, 0.1)
    cover = a.pick(UPHOLSTERY)
    leg_r = a.vary(0.33, 0.08)
    caster = 0.03
    hub_z = caster * 2 + 0.04
    a.add(cylinder(0.04, 0.06, 16, (0, 0, hub_z - 0.03)), "base", FRAME)
    for k in range(5):
        angle = 2 * math.pi * k / 5 + math.pi / 2
        x, y = leg_r * math.cos(angle), leg_r * math.sin(angle)
        a.add(rod((0, 0, hub_z), (x, y, caster * 2 + 0.01), 0.02, 8), "base", FRAME)
        a.add(sphere(caster, 12, (x, y, caster)), "caster", FRAME, Tier.FIXED)
    a.add(cylinder(0.025, seat_z - hub_z - 0.05, 16, (0, 0, hub_z)), "column", CHROME, Tier.FIXED)
    a.add(box((0.2, 0.2, 0.04), (0, 0, seat_z - 0.06)), "base", FRAME)
    a.add(
        rounded_box((width, width * 0.95, 0.08), 0.035, a.segments(0.04), (0, 0, seat_z)),
        "seat",
        cover,
    )
    back_y = width * 0.45
    a.add(box((0.06, 0.03, back_h * 0.4), (0, back_y - 0.02, seat_z + back_h * 0.1)), "back", FRAME)
    back = rounded_box(
        (width * 0.9, 0.08, back_h),
        0.035,
        a.segments(0.04),
        (0, back_y, seat_z + 0.08 + back_h / 2),
    )
    a.add(back, "back", cover)
    if a.maybe("arm", 0.7, "armrest", "armrests"):
        for sx in (-1, 1):
            x = sx * (width / 2 + 0.02)
            a.add(box((0.03, 0.04, 0.22), (x, 0, seat_z + 0.09)), "arm", FRAME, Tier.FIXED)
            a.add(
                rounded_box((0.07, 0.26, 0.035), 0.015, 8, (x, -0.02, seat_z + 0.21)),
                "arm",
                FRAME,
                Tier.FIXED,
            )
            a.add(
                box((0.05, 0.03, 0.04), (x - sx * 0.03, 0, seat_z + 0.01)), "arm", FRAME, Tier.FIXED
            )
    if a.mentions("gaming", "executive") and a.wants("headrest"):
        a.add(
            rounded_box(
                (width * 0.55, 0.09, 0.18), 0.04, 8, (0, back_y, seat_z + 0.08 + back_h + 0.07)
            ),
            "headrest",
            cover,
        )


TEMPLATE = Template(
    "office chair",
    build_office_chair,
    1.05,
    description="a swivel office chair on a five-star base with wheels",
    synonyms=(
        "computer chair",
        "task chair",
        "executive chair",
        "swivel office chair",
        "ergonomic chair",
    ),
    kinds=("mesh chair", "boss chair"),
    parts=("base", "caster", "column", "seat", "back", "arm", "headrest"),
    aliases={"wheel": "caster", "armrest": "arm", "backrest": "back", "cylinder": "column"},
)
