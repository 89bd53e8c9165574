"""A triumphal arch: a massive stone block pierced by a tall round arch, a cornice and attic."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.arches import round_arch
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import box, subtract

RELIEF: RGB = (150, 145, 135)


def build_triumphal_arch(a: Assembly) -> None:
    """A massive stone block pierced by a tall round-headed arch, cornice and attic."""
    stone = a.pick(STONES)
    width, depth, height = a.vary(45.0, 0.08), a.vary(22.0, 0.1), a.vary(38.0, 0.06)
    opening_w, opening_h = width * 0.33, height * 0.7
    block = box((width, depth, height * 0.78), (0, 0, height * 0.39))
    cuts = [round_arch(opening_w, opening_h, depth * 2)]
    if a.mentions("three", "triple", "side arches") or a.chance(0.3):
        for sx in (-1, 1):
            cuts.append(round_arch(opening_w * 0.4, opening_h * 0.55, depth * 2, sx * width * 0.34))
    else:  # the cross passage through the sides
        cuts.append(round_arch(depth * 0.4, opening_h * 0.5, width * 2).rotate((0, 0, 90)))
    a.add(subtract(block, *cuts), "arch", stone)
    a.add(box((width + 1.5, depth + 1.5, 1.6), (0, 0, height * 0.78)), "cornice", stone)
    a.add(box((width * 0.96, depth * 0.96, height * 0.22), (0, 0, height * 0.89)), "attic", stone)
    for sx in (-1, 1):
        for sy in (-1, 1):
            panel = box(
                (width * 0.22, 0.6, height * 0.3),
                (sx * width * 0.34, sy * depth / 2, height * 0.55),
            )
            a.add(panel, "relief", RELIEF, Tier.FIXED)
    a.add(
        box((width * 0.7, 0.6, height * 0.12), (0, -depth * 0.48, height * 0.89)),
        "relief",
        RELIEF,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "triumphal arch",
    build_triumphal_arch,
    50.0,
    description="a triumphal arch: a monumental stone gateway like the arc de triomphe",
    synonyms=("arc de triomphe", "victory arch", "triumphal arches", "memorial arch"),
    kinds=("roman arch", "marble arch"),
    parts=("arch", "cornice", "attic", "relief"),
    aliases={"archway": "arch", "carvings": "relief", "sculpture": "relief", "top": "attic"},
)
