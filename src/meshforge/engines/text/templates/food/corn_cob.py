"""A corn cob: a long rounded ear packed with rows of yellow kernels, husk leaves peeled back."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere, union

KERNELS: tuple[RGB, ...] = ((245, 205, 60), (250, 215, 80), (240, 190, 50))
HUSK: RGB = (150, 185, 90)


def build_corn_cob(a: Assembly) -> None:
    """A corn cob: a long rounded ear packed with rows of yellow kernels."""
    length, r = a.vary(0.2, 0.1), a.vary(0.025, 0.1)
    kernel = a.pick(KERNELS)
    # lying along X
    z = r * 1.05
    a.add(
        capsule((-length / 2, 0, z), (length / 2, 0, z), r, a.segments(r), r * 0.75), "cob", kernel
    )
    rows, per_row = 12, max(8, round(length / (r * 0.45)))
    bumps = []
    for i in range(rows):
        t = 2 * math.pi * (i + 0.5 * (i % 2)) / rows
        for j in range(per_row):
            x = -length / 2 + length * (j + 0.5) / per_row
            rad = r * (1 - 0.25 * max(0.0, (x / (length / 2)) - 0.3) / 0.7) if x > 0 else r
            bumps.append(
                sphere(r * 0.17, 6, (x, rad * math.sin(t) * 0.96, z + rad * math.cos(t) * 0.96))
            )
    a.add(union(bumps), "kernel", kernel)
    if a.maybe("husk", 0.6, "leaves"):
        for _k, side in enumerate((-1, 0, 1)):
            leaf = ellipsoid((length * 0.35, r * 0.45, r * 0.08), 16).rotate((side * 35, -8, 0))
            a.add(
                leaf.translate(
                    (-length / 2 - length * 0.22, side * r * 0.6, z + (0.3 - 0.3 * abs(side)) * r)
                ),
                "husk",
                HUSK,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "corn cob",
    build_corn_cob,
    0.05,
    description="an ear of sweetcorn with rows of yellow kernels",
    synonyms=(
        "corn on the cob",
        "ear of corn",
        "corncob",
        "sweetcorn",
        "sweet corn",
        "maize",
        "corn",
    ),
    kinds=("grilled corn", "elote", "cob of corn"),
    # "corn on the cob" (an everyday-thing phrase with "corn" inside) is blocked as a keyword,
    # and still reaches this template through the synonym's embedding
    not_claimed=("corn dog", "candy corn", "corn field", "corn on the cob"),
    parts=("cob", "kernel", "husk"),
    aliases={"kernels": "kernel", "leaves": "husk", "leaf": "husk"},
)
