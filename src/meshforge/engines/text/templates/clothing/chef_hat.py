"""A chef's hat: a tall white toque, a stiff pleated band below a puffed, overhanging top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, union

WHITE: RGB = (248, 248, 245)


def build_chef_hat(a: Assembly) -> None:
    """A toque: a band, a taller pleated wall flaring out, a soft puffed crown over the top."""
    r = a.vary(0.1, 0.05)
    band_h = a.vary(0.06, 0.15)
    tall = a.vary(0.2, 0.2)
    color = WHITE
    a.add(cylinder(r, band_h, a.segments(r)), "band", color, Tier.SECONDARY)
    top_r = r * a.between(1.15, 1.3)
    wall = cylinder(r * 0.98, tall, a.segments(r), (0, 0, band_h - 0.002), top_r)
    # vertical pleats: thin ribs round the flaring wall
    ribs = []
    count = 16
    for k in range(count):
        angle = 2 * math.pi * k / count
        rib = box((0.006, 0.006, tall * 0.92), (0, 0, 0)).rotate(
            (0, math.degrees(math.atan2(top_r - r, tall)), 0)
        )
        mid_r = (r + top_r) / 2 - 0.001
        ribs.append(
            rib.rotate((0, 0, math.degrees(angle))).translate(
                (mid_r * math.cos(angle), mid_r * math.sin(angle), band_h + tall / 2)
            )
        )
    a.add(union([wall, *ribs]), "hat", color)
    puff = ellipsoid(
        (top_r * 1.08, top_r * 1.08, top_r * 0.45), a.segments(top_r), (0, 0, band_h + tall)
    )
    a.add(puff, "hat", color)


TEMPLATE = Template(
    "chef hat",
    build_chef_hat,
    0.3,
    description="a chef's hat: a tall white pleated cook's toque with a puffed top",
    synonyms=(
        "chefs hat",
        "cook hat",
        "cooks hat",
        "baker hat",
        "toque blanche",
        "chef toque",
    ),
    kinds=("kitchen hat", "bakers hat"),
    parts=("hat", "band"),
    aliases={"pleats": "hat", "top": "hat", "puff": "hat"},
)
