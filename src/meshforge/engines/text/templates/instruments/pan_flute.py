"""A pan flute: a row of reed pipes stepping down in length, bound by a band across the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, subtract

REEDS = ((215, 185, 120), (200, 160, 90), (180, 140, 80))
BANDS = ((120, 70, 35), (170, 40, 40), (60, 40, 30))


def build_pan_flute(a: Assembly) -> None:
    """Upright pipes side by side, longest at the left, their tops level, a binding band."""
    count = a.count("pipe", 8, 5, 13)
    r = a.vary(0.008, 0.1)
    longest = a.vary(0.2, 0.12)
    reed = a.pick((*REEDS, *WOODS[:1]))
    top = longest
    for k in range(count):
        x = (k - (count - 1) / 2) * r * 2
        length = longest * (1.0 - 0.55 * k / max(1, count - 1))
        pipe = subtract(
            cylinder(r, length, 12, (x, 0, top - length)),
            cylinder(r * 0.6, 0.02, 10, (x, 0, top - 0.015)),
        )
        a.add(pipe, "pipe", reed)
    band = box((count * r * 2 + 0.006, r * 2 + 0.004, 0.014), (0, 0, top - 0.03))
    a.add(band, "band", a.pick(BANDS), Tier.SECONDARY)


TEMPLATE = Template(
    "pan flute",
    build_pan_flute,
    0.2,
    description="a pan flute, a row of bamboo pipes of stepped lengths bound together",
    synonyms=("panpipes", "pan pipes", "panflute", "pan pipe", "syrinx"),
    kinds=("zampona",),
    parts=("pipe", "band"),
    aliases={"pipes": "pipe", "reed": "pipe", "binding": "band", "tube": "pipe"},
)
