"""A balance beam: a long narrow padded beam on two splayed metal stands."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, slab

BEAMS: tuple[RGB, ...] = ((225, 200, 160), (200, 170, 130), (180, 40, 50))
STAND: RGB = (60, 62, 70)


def build_balance_beam(a: Assembly) -> None:
    """A long narrow padded beam on two splayed metal stands."""
    length, height = a.vary(5.0, 0.04), a.vary(1.25, 0.08)
    beam = slab((0.1, length, 0.16), 0.03, 12, (0, 0, height - 0.08))
    a.add(beam, "beam", BEAMS)
    for y in (-length * 0.35, length * 0.35):
        a.add(rod((0, y, 0.1), (0, y, height - 0.1), 0.05, 12), "stand", STAND, Tier.FIXED)
        for sx in (-1, 1):
            a.add(rod((0, y, 0.1), (sx * 0.6, y, 0.03), 0.035, 10), "stand", STAND, Tier.FIXED)
            a.add(box((0.12, 0.2, 0.05), (sx * 0.6, y, 0.025)), "stand", STAND, Tier.FIXED)
        a.add(box((0.14, 0.14, 0.06), (0, y, height - 0.18)), "stand", STAND, Tier.FIXED)


TEMPLATE = Template(
    "balance beam",
    build_balance_beam,
    1.25,
    description="a gymnastics balance beam: a long narrow padded beam raised on two stands",
    synonyms=("gymnastics beam", "balance beams"),
    parts=("beam", "stand"),
    aliases={"legs": "stand", "stands": "stand", "pad": "beam"},
)
