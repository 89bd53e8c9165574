"""A flaming torch: a wooden shaft with a wrapped head and a tall flame."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IRON, WOODS
from meshforge.engines.text.kit.solids import cylinder, lathe, rod
from meshforge.engines.text.kit.sweeps import hoop

FLAME: RGB = (250, 150, 30)
CORE: RGB = (255, 225, 90)
WRAP: tuple[RGB, ...] = ((120, 90, 60), (90, 70, 50), (150, 120, 80))


def build_torch(a: Assembly) -> None:
    """A flaming torch: a wooden shaft with a wrapped head and a tall flame."""
    length, r = a.vary(0.6, 0.08), a.vary(0.022, 0.1)
    a.add(rod((0, 0, 0), (0, 0, length), r, a.segments(r), r * 1.3), "handle", WOODS)
    head_z = length
    head_h = a.vary(0.12, 0.15)
    metal = a.chance(0.5) or a.mentions("iron", "metal", "medieval")
    if metal:
        cup = lathe(
            [(0.0, 0.0), (r * 1.4, 0.0), (r * 2.6, head_h), (0.0, head_h)],
            a.segments(r * 2),
            (0, 0, head_z - head_h * 0.6),
        )
        a.add(cup, "head", IRON, Tier.FIXED)
        for k in range(2):
            a.add(
                hoop(
                    r * (1.6 + 0.8 * k),
                    r * 0.25,
                    a.segments(r * 2),
                    (0, 0, head_z - head_h * 0.5 + head_h * 0.55 * k),
                ),
                "head",
                IRON,
                Tier.FIXED,
            )
    else:
        a.add(
            cylinder(r * 1.9, head_h, a.segments(r * 2), (0, 0, head_z - head_h * 0.7), r * 2.1),
            "head",
            WRAP,
            Tier.FIXED,
        )
    if a.wants("flame"):
        top = head_z + head_h * 0.3
        tall = a.vary(0.3, 0.15)
        lean = a.between(-0.02, 0.02)
        flame = lathe(
            [
                (0.0, 0.0),
                (r * 2.4, 0.0),
                (r * 2.6, tall * 0.2),
                (r * 1.2, tall * 0.65),
                (0.0, tall),
            ],
            a.segments(r * 2),
            (0, 0, top - 0.01),
        )
        a.add(flame.translate((lean, 0, 0)), "flame", FLAME, Tier.FIXED)
        inner = lathe(
            [(0.0, 0.0), (r * 1.6, 0.0), (r * 1.2, tall * 0.3), (0.0, tall * 0.6)],
            a.segments(r * 2),
            (0, 0, top - 0.02),
        )
        a.add(inner.translate((lean, -r * 1.2, 0)), "flame", CORE, Tier.FIXED)


TEMPLATE = Template(
    "torch",
    build_torch,
    0.9,
    description="a burning wooden torch with a flame on top, carried or set in a wall",
    synonyms=(
        "flaming torch",
        "burning torch",
        "medieval torch",
        "tiki torch",
        "fire torch",
        "olympic torch",
    ),
    kinds=("brand torch",),
    not_claimed=("blow torch",),
    parts=("handle", "head", "flame"),
    aliases={"fire": "flame", "stick": "handle", "shaft": "handle", "wrap": "head"},
)
