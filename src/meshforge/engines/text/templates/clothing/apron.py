"""An apron stood up: a bib on a neck loop, a wide skirt, waist ties and a front pocket."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import CLOTHES, WHITE, front_plate
from meshforge.engines.text.kit.solids import box
from meshforge.engines.text.kit.sweeps import tube

APRONS = (WHITE, (200, 40, 45), (60, 100, 170), (40, 40, 44), (110, 80, 55), *CLOTHES[:2])


def build_apron(a: Assembly) -> None:
    """A bib on a neck loop, a skirt down to the knees, ties out at the waist, a pocket."""
    w, h = a.vary(0.6, 0.1), a.vary(0.85, 0.1)
    color = a.pick(APRONS)
    bib = w * 0.5
    waist = h * 0.62
    outline = [
        (-w / 2, 0.0),
        (w / 2, 0.0),
        (w / 2, waist),
        (bib / 2, waist + 0.08),
        (bib / 2, h),
        (-bib / 2, h),
        (-bib / 2, waist + 0.08),
        (-w / 2, waist),
    ]
    a.add(front_plate(outline, 0.012, round_r=0.01), "apron", color)
    trim = a.pick([c for c in APRONS if c != color])
    loop = [
        (-bib * 0.4, 0, h - 0.01),
        (-bib * 0.3, 0.02, h + 0.2),
        (bib * 0.3, 0.02, h + 0.2),
        (bib * 0.4, 0, h - 0.01),
    ]
    a.add(tube(loop, 0.007, 8), "strap", trim, Tier.SECONDARY)
    for side in (-1, 1):
        tie = [
            (side * (w / 2 - 0.01), 0, waist - 0.02),
            (side * (w / 2 + 0.12), -0.02, waist - 0.05),
            (side * (w / 2 + 0.1), -0.03, waist - 0.3),
        ]
        a.add(tube(tie, 0.008, 8), "strap", trim, Tier.SECONDARY)
    if a.maybe("pocket", 0.7, "pockets"):
        a.add(
            box((w * 0.6, 0.008, h * 0.18), (0, -0.008, waist * 0.55)),
            "pocket",
            trim,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "apron",
    build_apron,
    1.05,
    description="a kitchen apron with a bib, a neck strap, waist ties and a front pocket",
    synonyms=("aprons", "kitchen apron", "cooking apron", "pinafore", "chef apron"),
    kinds=("bbq apron", "bib apron", "work apron"),
    parts=("apron", "strap", "pocket"),
    aliases={"bib": "apron", "body": "apron", "tie": "strap", "ties": "strap", "loop": "strap"},
)
