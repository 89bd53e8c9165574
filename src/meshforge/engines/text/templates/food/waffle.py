"""A waffle: a golden griddled cake with a grid of square pockets, a pat of butter and syrup."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import rounded_box, union
from meshforge.engines.text.kit.sweeps import tube

BUTTER: RGB = (250, 225, 130)
SYRUP: RGB = (150, 70, 20)


def build_waffle(a: Assembly) -> None:
    """A waffle: a golden griddled cake with a grid of square pockets, butter and syrup."""
    size = a.vary(0.17, 0.1)
    cells = a.pick((4, 5))
    round_waffle = a.mentions("round", "belgian") or a.chance(0.4)
    base_h, ridge_h = size * 0.06, size * 0.07
    rib = size / cells * 0.28
    # the grid: one flat outline with the square pockets cut out, raised on the base; drawn
    # in 2D and extruded, it needs no 3D booleans
    pitch = (size - rib) / cells
    pockets = [
        CrossSection.square((pitch - rib, pitch - rib), True).translate(
            (-size / 2 + rib / 2 + pitch * (i + 0.5), -size / 2 + rib / 2 + pitch * (j + 0.5))
        )
        for i in range(cells)
        for j in range(cells)
    ]
    segments = a.segments(size / 2)
    if round_waffle:
        outline = CrossSection.circle(size / 2, segments)
        # the pockets stop short of a rim round the edge
        grid = outline - (
            CrossSection.compose(pockets) ^ CrossSection.circle(size / 2 - rib, segments)
        )
    else:
        outline = CrossSection.square((size, size), True)
        grid = outline - CrossSection.compose(pockets)
    base = Manifold.extrude(outline, base_h + 0.0005)
    top = Manifold.extrude(grid, ridge_h).translate((0, 0, base_h))
    body = union([base, top])
    a.add(body.rotate((0, 0, a.between(-30, 30))), "waffle", CRUSTS)
    surface = base_h + ridge_h
    if a.maybe("butter", 0.6):
        pat = rounded_box((size * 0.22, size * 0.22, size * 0.07), size * 0.015, 12)
        pat = pat.rotate((0, 0, a.between(0, 90))).translate((0, 0, surface + size * 0.03))
        a.add(pat, "butter", BUTTER, Tier.FIXED)
    if a.maybe("syrup", 0.5, "maple"):
        # a drizzle zigzagging over the top, lying on the ribs
        zigs = 6
        path = [
            (-size * 0.35 + size * 0.7 * k / zigs, size * 0.3 * (1 if k % 2 else -1), surface)
            for k in range(zigs + 1)
        ]
        a.add(tube(path, size * 0.018, 8), "syrup", SYRUP, Tier.FIXED)


TEMPLATE = Template(
    "waffle",
    build_waffle,
    0.03,
    description="a golden waffle with a grid of square pockets, butter and maple syrup",
    synonyms=("waffles", "belgian waffle", "waffle with syrup"),
    kinds=("breakfast waffle",),
    not_claimed=("waffle cone", "waffle iron", "waffle maker"),
    parts=("waffle", "butter", "syrup"),
    aliases={"body": "waffle", "grid": "waffle", "maple syrup": "syrup"},
)
