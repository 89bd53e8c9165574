"""An old scroll: a sheet of parchment half unrolled between two wooden rods with knobs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, sphere

PARCHMENTS: tuple[RGB, ...] = ((235, 215, 170), (225, 200, 150), (240, 228, 195))
RODS: tuple[RGB, ...] = ((110, 70, 40), (140, 95, 55), (200, 160, 70))
INK: RGB = (60, 40, 30)
SEAL: RGB = (170, 30, 30)


def build_scroll(a: Assembly) -> None:
    """An old scroll: a sheet of parchment half unrolled between two wooden rods with knobs."""
    width = a.vary(0.3, 0.12)
    spread = width * a.between(0.6, 1.1)
    roll_r = width * a.between(0.07, 0.1)
    paper = a.pick(PARCHMENTS)
    rods = a.pick(RODS)
    for sy in (-1, 1):
        y = sy * spread / 2
        a.add(
            rod((-width / 2, y, roll_r), (width / 2, y, roll_r), roll_r, a.segments(roll_r)),
            "parchment",
            paper,
        )
        a.add(
            rod(
                (-width / 2 - roll_r * 0.6, y, roll_r),
                (width / 2 + roll_r * 0.6, y, roll_r),
                roll_r * 0.3,
                12,
            ),
            "rod",
            rods,
            Tier.SECONDARY,
        )
        for sx in (-1, 1):
            knob = (sx * (width / 2 + roll_r * 0.7), y, roll_r)
            a.add(sphere(roll_r * 0.45, 12, knob), "rod", rods, Tier.SECONDARY)
    # the unrolled sheet lies flat between the rolls
    a.add(box((width * 0.96, spread, 0.003), (0, 0, 0.0015)), "parchment", paper)
    for k in range(int(spread / (width * 0.12))):
        y = -spread / 2 + roll_r * 1.6 + k * width * 0.12
        if y > spread / 2 - roll_r * 1.6:
            break
        line_w = width * a.between(0.45, 0.75)
        a.add(box((line_w, width * 0.025, 0.002), (0, y, 0.003)), "writing", INK, Tier.FIXED)
    if a.maybe("seal", 0.4, "sealed", "wax"):
        a.add(
            rod(
                (0, spread / 2 - roll_r * 2.2, 0.0),
                (0, spread / 2 - roll_r * 2.2, 0.006),
                roll_r * 0.7,
                16,
            ),
            "seal",
            SEAL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "scroll",
    build_scroll,
    0.05,
    description="an old rolled parchment document on wooden rods, partly unrolled",
    synonyms=("ancient scroll", "parchment scroll", "paper scroll", "parchment", "magic scroll"),
    kinds=("torah scroll", "spell scroll", "old scroll"),
    not_claimed=("scroll saw", "scroll wheel"),
    parts=("parchment", "rod", "writing", "seal"),
    aliases={
        "paper": "parchment",
        "text": "writing",
        "ink": "writing",
        "knob": "rod",
        "handle": "rod",
    },
)
