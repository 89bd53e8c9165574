"""A pillow: a plump square cushion with puffed middle, pinched corners and maybe piping or a
button."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS
from meshforge.engines.text.kit.solids import ellipsoid, sphere

LINENS: tuple[RGB, ...] = (*FABRICS, (245, 244, 238), (230, 200, 120))


def build_pillow(a: Assembly) -> None:
    """A pillow: a plump square cushion with puffed middle, pinched corners and maybe piping or a
    button."""
    bed = a.mentions("bed", "sleeping", "bed pillow")
    width = a.vary(0.65 if bed else 0.45, 0.08)
    depth = a.vary(0.45, 0.08) if bed else width * a.vary(1.0, 0.05)
    thick = a.vary(0.16, 0.15)
    color = a.pick(LINENS)
    # lying flat: the hull of a plump middle and thin corners pinches the corners
    corners = [
        sphere(0.012, 8, (sx * width / 2, sy * depth / 2, thick * 0.5))
        for sx in (-1, 1)
        for sy in (-1, 1)
    ]
    middle = ellipsoid(
        (width * 0.4, depth * 0.4, thick / 2), a.segments(width * 0.4), (0, 0, thick / 2)
    )
    a.add(Manifold.batch_hull([middle, *corners]), "pillow", color)
    if a.maybe("button", 0.3, "tufted"):
        a.add(sphere(0.02, 10, (0, 0, thick - 0.006)), "button", a.pick(LINENS), Tier.SECONDARY)


TEMPLATE = Template(
    "pillow",
    build_pillow,
    0.16,
    description="a soft feather-filled pillow for a bed or a sofa",
    synonyms=("throw pillow", "bed pillow", "sofa cushion", "scatter cushion", "pillows"),
    kinds=("pet bed cushion", "decorative pillow", "square cushion"),
    not_claimed=("pillow fort",),
    parts=("pillow", "button"),
    aliases={"cushion": "pillow", "cover": "pillow", "case": "pillow"},
)
