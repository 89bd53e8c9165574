"""A bean bag chair: a slumped, stuffed fabric sack with a dip to sit in and a raised back."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, subtract, torus

BAG_COLORS: tuple[RGB, ...] = (
    (200, 60, 60),
    (60, 100, 170),
    (90, 90, 95),
    (240, 170, 50),
    (120, 170, 90),
    (150, 90, 160),
)


def build_bean_bag(a: Assembly) -> None:
    """A bean bag chair: a slumped, stuffed fabric sack with a dip to sit in and a raised back."""
    radius, height = a.vary(0.45, 0.1), a.vary(0.32, 0.12)
    color = a.pick(BAG_COLORS)
    seg = a.segments(radius)
    base = ellipsoid((radius, radius * 0.95, height), seg, (0, 0, height * 0.85))
    base = base.trim_by_plane((0, 0, 1), 0.0)  # it sits flat on the floor
    back_h = height * a.between(1.9, 2.4)
    back = ellipsoid(
        (radius * 0.8, radius * 0.45, back_h * 0.5), seg, (0, radius * 0.45, back_h * 0.5)
    )
    body = Manifold.batch_hull([base, back])
    # the dip a sitter leaves, cut into the front of the top
    dip = ellipsoid(
        (radius * 0.55, radius * 0.5, height * 0.55), seg, (0, -radius * 0.15, height * 1.75)
    )
    a.add(subtract(body, dip), "bag", color)
    if a.maybe("piping", 0.5, "piped"):
        seam = torus(radius * 0.86, 0.015, seg, (0, 0, height * 0.35)).scale((1.0, 0.95, 1.0))
        a.add(seam, "piping", a.pick(((240, 240, 235), (40, 40, 45))), Tier.SECONDARY)


TEMPLATE = Template(
    "bean bag",
    build_bean_bag,
    0.7,
    description="a big soft fabric sack filled with beads that you slump into as a seat",
    synonyms=("beanbag", "bean bag chair", "beanbag chair", "bean bag seat"),
    kinds=("gaming bean bag", "sack chair", "fatboy"),
    parts=("bag", "piping"),
    aliases={"fabric": "bag", "cover": "bag", "seam": "piping", "body": "bag"},
)
