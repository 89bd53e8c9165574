"""A unicorn: a white horse with a spiralled golden horn and a pastel flowing mane."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, STEED, build_beast, flowing_hair
from meshforge.engines.text.kit.palettes import GOLD

MANES: tuple[RGB, ...] = ((240, 150, 200), (170, 140, 230), (130, 200, 240), (250, 200, 120))


def spiral_horn(length: float, radius: float, turns: float) -> Manifold:
    """A twisted cone standing on the origin: a lobed section twisted as it tapers."""
    section = CrossSection.circle(radius, 12)
    lobe = CrossSection.circle(radius * 0.45, 8).translate((radius * 0.7, 0))
    shape = CrossSection.batch_hull([section, lobe])
    return Manifold.extrude(
        shape, length, n_divisions=24, twist_degrees=360 * turns, scale_top=(0.05, 0.05)
    )


def build_unicorn(a: Assembly) -> None:
    """A unicorn: a white horse with a spiralled golden horn and a pastel flowing mane."""
    b = build_beast(a, STEED)
    flowing_hair(a, b, a.pick(MANES))
    if a.wants("horn"):
        r = b.head_r
        horn = spiral_horn(r * a.between(2.0, 2.6), r * 0.2, 3)
        # the horn leans forward from the brow, along the face's line
        tilt = math.degrees(math.atan2(1.0, 0.6))
        at = (0.0, b.head[1] - r * 0.45, b.head[2] + r * 0.6)
        a.add(horn.rotate((-90 + tilt, 0, 0)).translate(at), "horn", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "unicorn",
    build_unicorn,
    2.0,
    description="a magical white horse with a single spiral horn on its forehead",
    synonyms=("unicorns", "baby unicorn", "rainbow unicorn"),
    kinds=("alicorn", "winged unicorn", "unicorn foal", "magical horse"),
    parts=(*PARTS, "horn", "mane"),
    aliases={**ALIASES, "hair": "mane"},
)
