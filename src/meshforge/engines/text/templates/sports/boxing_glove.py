"""A boxing glove standing on its cuff: a padded fist, a thumb along its side, a laced cuff."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid


def build_boxing_glove(a: Assembly) -> None:
    """A boxing glove standing on its cuff: a padded fist, a thumb along its side, a laced cuff."""
    size = a.vary(1.0, 0.08)
    seg = a.segments(0.08 * size)
    low = max(16, seg // 2)  # hull inputs: the hull smooths them
    color = a.pick(((200, 30, 35), (200, 30, 35), (30, 30, 34), (30, 70, 170), WHITE))
    cuff_h = 0.1 * size
    cuff = cylinder(0.055 * size, cuff_h, seg).scale((1.0, 0.8, 1.0))
    a.add(cuff, "cuff", color)
    a.add(
        cylinder(0.056 * size, 0.02 * size, seg, (0, 0, cuff_h * 0.55)).scale((1.0, 0.8, 1.0)),
        "band",
        WHITE,
        Tier.SECONDARY,
    )
    fist = Manifold.batch_hull(
        [
            ellipsoid((0.06 * size, 0.055 * size, 0.05 * size), low, (0, 0, cuff_h + 0.03 * size)),
            ellipsoid(
                (0.065 * size, 0.07 * size, 0.06 * size),
                low,
                (0, -0.02 * size, cuff_h + 0.1 * size),
            ),
        ]
    )
    a.add(fist, "glove", color)
    thumb = capsule(
        (0.05 * size, -0.035 * size, cuff_h + 0.02 * size),
        (0.055 * size, -0.05 * size, cuff_h + 0.1 * size),
        0.024 * size,
        low,
    )
    a.add(thumb, "thumb", color)
    if a.maybe("lace", 0.5, "lace", "laced"):
        for k in range(3):
            z = cuff_h * (0.15 + 0.22 * k)
            a.add(
                capsule(
                    (-0.015 * size, 0.044 * size, z),
                    (0.015 * size, 0.044 * size, z + 0.01),
                    0.004,
                    8,
                ),
                "lace",
                WHITE,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "boxing glove",
    build_boxing_glove,
    0.25,
    description="a large padded leather glove worn for boxing",
    synonyms=("boxing gloves", "punching glove", "sparring glove"),
    kinds=("mma glove",),
    parts=("glove", "thumb", "cuff", "band", "lace"),
    aliases={"fist": "glove", "wrist": "cuff", "stripe": "band"},
)
