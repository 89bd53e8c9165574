"""A knitted scarf wound once round an unseen neck, both ends hanging, striped and fringed."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, torus

WOOLS: tuple[RGB, ...] = (
    (180, 35, 40),
    (40, 70, 140),
    (60, 120, 80),
    (230, 190, 60),
    (120, 80, 150),
    (90, 90, 95),
)
STRIPES: tuple[RGB, ...] = ((245, 245, 240), (30, 30, 32), (230, 190, 60))


def build_scarf(a: Assembly) -> None:
    """A knitted scarf wound once round an unseen neck, both ends hanging, striped and fringed."""
    neck_r = a.vary(0.09, 0.08)
    width = a.vary(0.16, 0.1)
    thick = 0.02
    drop = a.vary(0.55, 0.15)
    wool = a.pick(WOOLS)
    top = drop + width * 0.3
    a.add(
        torus(neck_r + thick, width * 0.3, a.segments(neck_r))
        .scale((1.0, 1.0, 1.1))
        .translate((0, 0, top)),
        "scarf",
        wool,
    )
    ends = []
    for k, side in enumerate((-1, 1)):
        x = side * neck_r * a.between(0.2, 0.6)
        y = -neck_r - thick * (1 + k)
        hang = drop * (1.0 if k == 0 else a.between(0.7, 0.9))
        tilt = side * a.between(2, 8)
        piece = (
            box((width, thick, hang), (0, 0, -hang / 2)).rotate((0, tilt, 0)).translate((x, y, top))
        )
        a.add(piece, "scarf", wool)
        ends.append((x + math.sin(math.radians(tilt)) * -hang, y, top - hang, tilt, hang))
    if a.maybe("stripes", 0.6, "striped"):
        stripe = a.pick(STRIPES)
        for x, y, _z, tilt, hang in ends:
            for k in range(3):
                dz = hang * (0.12 + 0.08 * k)
                band = box((width * 1.02, thick * 1.2, hang * 0.04), (0, 0, -hang + dz)).rotate(
                    (0, tilt, 0)
                )
                top_x = x - math.sin(math.radians(tilt)) * -hang
                a.add(band.translate((top_x, y, top)), "stripes", stripe, Tier.SECONDARY)
    if a.maybe("fringe", 0.7, "tassels", "fringed"):
        for x, y, _z, tilt, hang in ends:
            top_x = x - math.sin(math.radians(tilt)) * -hang
            for k in range(6):
                fx = -width / 2 + width * (k + 0.5) / 6
                strand = rod((fx, 0, -hang + 0.005), (fx, 0, -hang - width * 0.35), thick * 0.2, 6)
                a.add(strand.rotate((0, tilt, 0)).translate((top_x, y, top)), "fringe", wool)


TEMPLATE = Template(
    "scarf",
    build_scarf,
    0.7,
    description="a long knitted wool scarf wrapped round the neck with fringed ends hanging down",
    synonyms=("scarves", "wool scarf", "winter scarf", "knitted scarf", "woolly scarf", "muffler"),
    kinds=("striped scarf", "silk scarf", "neck scarf"),
    parts=("scarf", "stripes", "fringe"),
    aliases={"stripe": "stripes", "tassels": "fringe", "ends": "scarf", "wool": "scarf"},
)
