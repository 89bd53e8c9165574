"""A necktie hanging straight: a knot under a collar loop, a long blade widening to a point."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import front_plate
from meshforge.engines.text.kit.solids import box
from meshforge.engines.text.kit.sweeps import hoop

TIES: tuple[RGB, ...] = (
    (170, 25, 35),
    (30, 50, 120),
    (25, 25, 28),
    (60, 110, 70),
    (120, 30, 90),
    (200, 160, 40),
)
STRIPES: tuple[RGB, ...] = ((240, 240, 235), (200, 170, 60), (150, 150, 160))


def build_necktie(a: Assembly) -> None:
    """A necktie hanging straight: a knot under a collar loop, a long blade widening to a point."""
    length = a.vary(0.5, 0.08)
    width = length * a.between(0.14, 0.18)
    tie = a.pick(TIES)
    t = 0.008
    knot_z = length
    blade = [
        (-width * 0.3, knot_z - width * 0.3),
        (width * 0.3, knot_z - width * 0.3),
        (width * 0.5, width * 0.5),
        (0, 0),
        (-width * 0.5, width * 0.5),
    ]
    a.add(front_plate(blade, t), "blade", tie)
    knot = [
        (-width * 0.38, knot_z + width * 0.2),
        (width * 0.38, knot_z + width * 0.2),
        (width * 0.22, knot_z - width * 0.45),
        (-width * 0.22, knot_z - width * 0.45),
    ]
    a.add(front_plate(knot, t * 2.2, 0.0, width * 0.05), "knot", tie, Tier.SECONDARY)
    if a.maybe("stripes", 0.5, "striped"):
        stripe = a.pick(STRIPES)
        for k in range(5):
            z = knot_z * (0.2 + 0.15 * k)
            band = box((width * 1.2, t * 1.3, width * 0.1)).rotate((0, 35, 0)).translate((0, 0, z))
            a.add(band ^ front_plate(blade, t * 1.3), "stripes", stripe, Tier.FIXED)
    if a.maybe("collar", 0.5, "loop"):
        loop = hoop(width * 1.1, t * 0.8, 32).scale((1.0, 0.8, 1.0))
        a.add(
            loop.translate((0, width * 0.85, knot_z + width * 0.18)), "collar", tie, Tier.SECONDARY
        )


TEMPLATE = Template(
    "necktie",
    build_necktie,
    0.5,
    description="a long narrow strip of fabric knotted at the collar and worn with a shirt",
    synonyms=(
        "tie",
        "neck tie",
        "neckties",
        "silk tie",
        "office tie",
        "school tie",
        "business tie",
    ),
    kinds=("skinny tie", "striped tie", "cravat"),
    not_claimed=(
        "tie dye",
        "zip tie",
        "cable tie",
        "tie rod",
        "tie fighter",
        "bow tie",
        "hair tie",
    ),
    parts=("blade", "knot", "stripes", "collar"),
    aliases={"stripe": "stripes", "loop": "collar", "fabric": "blade"},
)
