"""A vampire: pale face, slicked dark hair, fangs, a black suit and a high-collared red-lined
cape.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import cape
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import box, cylinder, on_sphere

PALE: RGB = (225, 225, 220)
SUIT: RGB = (25, 25, 28)
CAPES: tuple[RGB, ...] = ((20, 20, 22), (110, 15, 25))
LINING: RGB = (170, 20, 30)
FANG: RGB = (250, 250, 245)


def build_vampire(a: Assembly) -> None:
    """A vampire: pale face, slicked dark hair, fangs, a black suit and a high-collared cape."""
    f = build_figure(
        a,
        Outfit(
            top=SUIT,
            bottom=SUIT,
            skin=PALE,
            hair=(20, 20, 22),
            pose=a.pick(("down", "forward")),
            girth=0.95,
            height=1.05,
        ),
    )
    s, r = f.scale, f.head_r
    cape(a, f, a.pick(CAPES), 0.95)
    for side in (-1, 1):
        collar = Manifold.batch_hull(
            [
                box((0.02 * s, 0.02 * s, 0.02 * s), (side * 0.12 * s, 0.02 * s, f.shoulder_z)),
                box(
                    (0.02 * s, 0.02 * s, 0.02 * s),
                    (side * 0.26 * s, 0.08 * s, f.shoulder_z + 0.28 * s),
                ),
                box(
                    (0.02 * s, 0.02 * s, 0.02 * s),
                    (side * 0.16 * s, 0.12 * s, f.shoulder_z + 0.3 * s),
                ),
            ]
        )
        a.add(collar, "collar", LINING, Tier.FIXED)
        fang = cylinder(r * 0.05, r * 0.18, 8, (0, 0, 0), 0.0).rotate((180, 0, 0))
        spot = on_sphere(f.head, r, side * 10, -35, r * 0.12)
        a.add(fang.translate((spot[0], spot[1], spot[2] + r * 0.05)), "fang", FANG, Tier.FIXED)
    a.add(
        box((0.1 * s, 0.02 * s, 0.14 * s), (0, f.chest_y - 0.004 * s, f.shoulder_z - 0.08 * s)),
        "shirt",
        (245, 245, 240),
        Tier.FIXED,
    )
    a.add(
        box((0.05 * s, 0.02 * s, 0.04 * s), (0, f.chest_y - 0.012 * s, f.shoulder_z - 0.01 * s)),
        "medallion",
        LINING,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "vampire",
    build_vampire,
    1.9,
    description="a pale vampire count with fangs in a black suit and a high collared cape",
    synonyms=("vampires", "dracula", "count dracula", "nosferatu", "vampire count"),
    kinds=("vampire lord", "bloodsucker"),
    parts=(*FIGURE_PARTS, "cape", "collar", "fang", "shirt", "medallion"),
    aliases={**FIGURE_ALIASES, "cloak": "cape", "fangs": "fang", "teeth": "fang", "suit": "body"},
)
