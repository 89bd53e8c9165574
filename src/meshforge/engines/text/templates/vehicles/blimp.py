"""A blimp: a long inflated envelope with four tail fins and a gondola slung underneath."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, prism, rounded_box
from meshforge.engines.text.kit.vehicles import GLASS

ENVELOPES: tuple[RGB, ...] = (
    (200, 203, 208),
    (240, 240, 235),
    (230, 190, 40),
    (60, 110, 190),
    (200, 60, 50),
)
GONDOLA: RGB = (60, 62, 68)


def build_blimp(a: Assembly) -> None:
    """A blimp: a long inflated envelope with four tail fins and a gondola slung underneath."""
    length = a.vary(40.0, 0.08)
    r = length * a.between(0.12, 0.15)
    z = r * 1.45
    envelope = a.pick(ENVELOPES)
    a.add(ellipsoid((r, length / 2, r), a.segments(r), (0, 0, z)), "envelope", envelope)
    for angle in (0, 90, 180, 270):
        piece = prism(
            [(0.0, 0.0), (length * 0.08, r * 0.9), (length * 0.17, r * 0.9), (length * 0.2, 0.0)],
            r * 0.06,
        )
        piece = piece.rotate((90, 0, 90)).translate((0, length * 0.28, -r * 0.03))
        a.add(piece.rotate((0, angle, 0)).translate((0, 0, z)), "fin", envelope, Tier.SECONDARY)
    gondola = rounded_box(
        (r * 0.5, length * 0.18, r * 0.35), r * 0.1, 12, (0, -length * 0.05, z - r * 1.05)
    )
    a.add(gondola, "gondola", GONDOLA, Tier.FIXED)
    a.add(
        box((r * 0.52, length * 0.14, r * 0.1), (0, -length * 0.05, z - r * 1.0)),
        "window",
        GLASS,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "blimp",
    build_blimp,
    14.0,
    description="a huge floating airship: a long gas-filled envelope with fins and a cabin below",
    synonyms=("airship", "zeppelin", "dirigible", "blimps", "goodyear blimp"),
    kinds=("hindenburg", "advertising blimp"),
    parts=("envelope", "fin", "gondola", "window"),
    aliases={
        "balloon": "envelope",
        "body": "envelope",
        "cabin": "gondola",
        "fins": "fin",
        "windows": "window",
    },
)
