"""A canister vacuum cleaner: a rounded body on wheels, a hose, a long wand and a floor head."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import ellipsoid, rod, rounded_box
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = (
    (220, 40, 40),
    (240, 200, 40),
    (90, 80, 170),
    (60, 150, 200),
    (230, 120, 30),
)


def build_vacuum_cleaner(a: Assembly) -> None:
    """A canister vacuum cleaner: a rounded body on wheels, a hose, a long wand and a floor head."""
    length, width, height = a.vary(0.42, 0.08), a.vary(0.28, 0.08), a.vary(0.26, 0.08)
    color = a.pick(BODIES)
    body_x = -0.3
    wheel_r = height * 0.28
    body = ellipsoid(
        (length / 2, width / 2, height / 2), a.segments(width / 2), (body_x, 0, height / 2 + 0.02)
    )
    a.add(body.trim_by_plane((0, 0, 1), wheel_r * 0.6), "body", color)
    a.add(
        ellipsoid(
            (length * 0.3, width * 0.35, height * 0.12),
            24,
            (body_x - length * 0.05, 0, height * 0.92),
        ),
        "lid",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    for side in (-1, 1):
        a.add(
            rod(
                (body_x - length * 0.18, side * width * 0.4, wheel_r),
                (body_x - length * 0.18, side * width * 0.52, wheel_r),
                wheel_r,
                a.segments(wheel_r),
            ),
            "wheel",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    a.add(
        rod((body_x, 0, height * 0.9), (body_x + length * 0.2, 0, height * 1.1), 0.012, 8),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    inlet = (body_x + length / 2 - 0.02, 0, height * 0.55)
    wand_top = (0.18, -0.12, 0.72)
    foot = (0.52, -0.3, 0.03)
    hose = tube(
        [
            inlet,
            (inlet[0] + 0.12, -0.02, height * 0.3),
            (0.14, -0.1, 0.3),
            (0.1, -0.1, 0.55),
            wand_top,
        ],
        0.022,
        12,
    )
    a.add(hose, "hose", (60, 60, 66), Tier.FIXED)
    if a.wants("wand"):
        a.add(rod(wand_top, foot, 0.016, 12), "wand", CHROME, Tier.FIXED)
        a.add(rod(wand_top, (0.19, -0.13, 0.78), 0.026, 12), "wand", BLACK_PLASTIC, Tier.FIXED)
        head = rounded_box((0.12, 0.3, 0.04), 0.012, 8, (foot[0] + 0.02, foot[1], 0.02)).rotate(
            (0, 0, 0)
        )
        a.add(head, "head", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "vacuum cleaner",
    build_vacuum_cleaner,
    0.8,
    description="a canister vacuum cleaner on wheels with a hose and a long suction wand",
    synonyms=("vacuum", "hoover", "hoover vacuum", "vacuum machine", "canister vacuum"),
    kinds=("henry hoover", "hoover henry"),
    parts=("body", "lid", "wheel", "handle", "hose", "wand", "head"),
    aliases={"tube": "wand", "pipe": "wand", "nozzle": "head"},
)
