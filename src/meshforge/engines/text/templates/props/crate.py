"""A wooden crate: a plank box with a frame round every face and diagonal braces."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, union

WOODS: tuple[RGB, ...] = ((190, 145, 90), (170, 120, 70), (210, 170, 115), (140, 95, 55))
SEAMS: RGB = (95, 65, 40)


def build_crate(a: Assembly) -> None:
    """A wooden crate: a plank box with a frame round every face and diagonal braces."""
    s = a.vary(0.6, 0.12)
    wood = a.pick(WOODS)
    frame = a.pick(tuple(c for c in WOODS if c != wood))
    a.add(box((s, s, s), (0, 0, s / 2)), "body", wood)
    bar, depth = s * 0.12, s * 0.03
    planks = a.pick((3, 4, 5))
    for k in range(1, planks):
        z = s * k / planks
        for sx in (-1, 1):
            a.add(box((depth, s * 0.98, s * 0.012), (sx * s / 2, 0, z)), "seam", SEAMS, Tier.FIXED)
        for sy in (-1, 1):
            a.add(box((s * 0.98, depth, s * 0.012), (0, sy * s / 2, z)), "seam", SEAMS, Tier.FIXED)
    edges = []
    half = s / 2
    for sx in (-1, 1):
        for sy in (-1, 1):
            edges.append(
                box(
                    (bar, bar, s + 0.002),
                    (sx * (half - bar / 2 + depth), sy * (half - bar / 2 + depth), half),
                )
            )
        for z in (bar / 2 - depth, s - bar / 2 + depth):
            edges.append(box((bar, s + 2 * depth, bar), (sx * (half - bar / 2 + depth), 0, z)))
    for sy in (-1, 1):
        for z in (bar / 2 - depth, s - bar / 2 + depth):
            edges.append(box((s + 2 * depth, bar, bar), (0, sy * (half - bar / 2 + depth), z)))
    a.add(union(edges), "frame", frame, Tier.SECONDARY)
    if a.wants("brace"):
        length = s * math.sqrt(2) * 0.85
        for sy in (-1, 1):
            brace = box((bar * 0.9, depth * 2, length)).rotate((0, 45 * sy, 0))
            a.add(
                brace.translate((0, sy * (half + depth / 2), half)), "brace", frame, Tier.SECONDARY
            )
        for sx in (-1, 1):
            brace = box((depth * 2, bar * 0.9, length)).rotate((45 * sx, 0, 0))
            a.add(
                brace.translate((sx * (half + depth / 2), 0, half)), "brace", frame, Tier.SECONDARY
            )


TEMPLATE = Template(
    "crate",
    build_crate,
    0.6,
    description="a wooden shipping crate made of planks with a frame and diagonal braces",
    synonyms=("wooden crate", "wooden box", "shipping crate", "supply crate", "packing crate"),
    kinds=("loot crate", "ammo crate", "fruit crate"),
    parts=("body", "seam", "frame", "brace"),
    aliases={"planks": "body", "plank": "body", "wood": "body", "trim": "frame"},
)
