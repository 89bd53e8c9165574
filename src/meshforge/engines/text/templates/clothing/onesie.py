"""A baby onesie laid flat and stood up: short sleeves, a snug body, snaps at the crotch."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE, front_plate
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import subtract
from meshforge.engines.text.kit.sweeps import front_disc

PASTELS = ((250, 200, 210), (190, 220, 245), (250, 240, 180), (200, 235, 200), WHITE)


def build_onesie(a: Assembly) -> None:
    """A baby bodysuit, or a footed sleepsuit with long sleeves and legs when asked."""
    w = a.vary(0.22, 0.08)
    h = w * a.between(1.5, 1.65)
    footed = a.mentions("footed", "sleepsuit", "pajama", "pyjama", "adult", "long") or a.chance(
        0.25
    )
    half, depth = w / 2, 0.025
    sleeve = half + w * (0.7 if footed else 0.28)
    drop = h * (0.45 if footed else 0.13)
    crotch = w * 0.14
    legs = (
        [(crotch * 0.4, 0.0), (w * 0.08, -h * 0.75), (half * 0.95, -h * 0.75)]
        if footed
        else [(crotch, 0.0)]
    )
    right = [
        *legs,
        (half, h * 0.25 if not footed else 0.0),
        (half, h * 0.7),
        (sleeve, h * 0.88 - drop),
        (sleeve + w * 0.04, h * 0.88 - drop + w * 0.2),
        (half * 0.95, h),
        (half * 0.4, h * 1.02),
    ]
    outline = right + [(-x, z) for x, z in reversed(right)]
    color = a.pick((*PASTELS, *BRIGHTS[:3]))
    suit = front_plate(outline, depth, round_r=0.012)
    neck = front_disc(half * 0.38, depth * 3, 32, 0, h * 1.04)
    a.add(subtract(suit, neck).translate((0, 0, h * 0.75 if footed else 0.0)), "suit", color)
    base = h * 0.75 if footed else 0.0
    if a.maybe("print", 0.5, "logo", "design", "graphic"):
        a.add(
            front_disc(w * 0.16, 0.006, 24, 0, base + h * 0.6, -depth / 2),
            "print",
            a.pick([c for c in BRIGHTS if c != color]),
            Tier.FIXED,
        )
    if not footed and a.wants("snap"):
        for x in (-crotch * 0.5, 0.0, crotch * 0.5):
            a.add(
                front_disc(0.006, 0.006, 12, x, base + 0.015, -depth / 2), "snap", WHITE, Tier.FIXED
            )


TEMPLATE = Template(
    "onesie",
    build_onesie,
    0.35,
    description="a baby's one-piece bodysuit romper with short sleeves and snaps",
    synonyms=("onesies", "baby onesie", "romper", "bodysuit", "babygrow", "sleepsuit"),
    kinds=("baby grow", "footed pajamas", "romper suit"),
    parts=("suit", "print", "snap"),
    aliases={"body": "suit", "sleeve": "suit", "logo": "print", "snaps": "snap", "button": "snap"},
)
