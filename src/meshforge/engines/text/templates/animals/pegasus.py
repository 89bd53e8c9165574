"""A pegasus: a white winged horse, great feathered wings raised from its shoulders."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, STEED, build_beast, flowing_hair

MANES: tuple[RGB, ...] = ((235, 235, 240), (210, 190, 150), (160, 190, 235))


def build_pegasus(a: Assembly) -> None:
    """A pegasus: a white winged horse, great feathered wings raised from its shoulders."""
    b = build_beast(a, STEED)
    flowing_hair(a, b, a.pick(MANES))
    if a.wants("wing"):
        shoulder = (b.girth * 0.55, -b.length * 0.22, b.z + b.girth * 0.65)
        birds.spread_wings(
            a,
            shoulder,
            b.length * a.between(0.85, 1.05),
            b.length * 0.4,
            b.coat,
            a.between(35, 55),
            6,
        )


TEMPLATE = Template(
    "pegasus",
    build_pegasus,
    2.2,
    description="a mythical white horse with great feathered wings",
    synonyms=("winged horse", "flying horse", "pegasi"),
    kinds=("hippogriff horse", "sky horse"),
    parts=(*PARTS, "mane", "wing"),
    aliases={**ALIASES, "feathers": "wing"},
)
