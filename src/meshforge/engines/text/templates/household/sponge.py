"""A kitchen sponge: a soft rounded block with a green scouring pad on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box

FOAMS: tuple[RGB, ...] = ((245, 210, 60), (250, 225, 90), (240, 150, 60), (120, 180, 230))
SCOURERS: tuple[RGB, ...] = ((40, 130, 60), (30, 100, 55), (60, 150, 80))
NATURAL: RGB = (215, 175, 110)


def build_sponge(a: Assembly) -> None:
    """A kitchen sponge: a soft rounded block with a green scouring pad on top."""
    length, width = a.vary(0.11, 0.08), a.vary(0.072, 0.08)
    if a.mentions("sea", "natural", "bath"):  # a natural sponge: a lumpy round cushion
        a.add(ellipsoid((0.07, 0.06, 0.045), a.segments(0.07), (0, 0, 0.045)), "sponge", NATURAL)
        for x, y, r in ((0.03, -0.02, 0.035), (-0.03, 0.015, 0.032), (0.0, 0.03, 0.03)):
            a.add(ellipsoid((r, r, r * 0.8), 12, (x, y, 0.06)), "sponge", NATURAL)
        return
    foam_h = a.vary(0.03, 0.12)
    foam = rounded_box((length, width, foam_h), 0.008, 12, (0, 0, foam_h / 2))
    a.add(foam, "sponge", a.pick(FOAMS))
    if a.maybe("scourer", 0.85, "scrubbing", "scrub", "scouring"):
        pad_h = 0.007
        pad = rounded_box((length, width, pad_h), 0.003, 8, (0, 0, foam_h + pad_h / 2 - 0.001))
        a.add(pad, "scourer", a.pick(SCOURERS), Tier.SECONDARY)


TEMPLATE = Template(
    "sponge",
    build_sponge,
    0.04,
    description="a soft yellow block of foam for washing dishes, with a green scrubbing side",
    synonyms=(
        "kitchen sponge",
        "dish sponge",
        "scrubbing sponge",
        "scrub sponge",
        "scouring sponge",
        "cleaning sponge",
        "bath sponge",
        "washing up sponge",
    ),
    not_claimed=("sponge cake", "sponge bob"),
    parts=("sponge", "scourer"),
    aliases={"foam": "sponge", "pad": "scourer", "scrubber": "scourer"},
)
