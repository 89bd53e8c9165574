"""A bow tie: two pinched fabric wings either side of a wrapped knot, with a neck band."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box
from meshforge.engines.text.kit.sweeps import hoop

FABRICS: tuple[RGB, ...] = (
    (25, 25, 28),
    (170, 25, 35),
    (30, 50, 120),
    (120, 30, 90),
    (230, 190, 40),
)
DOTS: RGB = (245, 245, 240)


def build_bow_tie(a: Assembly) -> None:
    """A bow tie: two pinched fabric wings either side of a wrapped knot, with a neck band."""
    span = a.vary(0.12, 0.1)
    h = span * a.between(0.45, 0.6)
    fabric = a.pick(FABRICS)
    knot_w = span * 0.16
    for side in (-1, 1):
        inner = ellipsoid((0.004, h * 0.12, h * 0.18), 12, (side * knot_w * 0.3, 0, 0))
        outer = ellipsoid((span * 0.05, h * 0.18, h * 0.5), 16, (side * span * 0.42, 0, 0))
        a.add(Manifold.batch_hull([inner, outer]), "wing", fabric)
    a.add(
        rounded_box((knot_w, h * 0.32, h * 0.42), knot_w * 0.3, 12), "knot", fabric, Tier.SECONDARY
    )
    if a.maybe("dots", 0.3, "polka", "spotted", "dotted"):
        for side in (-1, 1):
            for dx, dz in ((0.25, 0.15), (0.35, -0.2), (0.42, 0.25)):
                spot = ellipsoid(
                    (h * 0.05, h * 0.05, h * 0.05), 8, (side * span * dx, -h * 0.1, dz * h)
                )
                a.add(spot, "dots", DOTS, Tier.FIXED)
    if a.maybe("band", 0.4, "strap"):
        # the collar band: a loop running back from the knot, as it lies on a table
        band = hoop(span * 0.5, h * 0.08, 32).scale((1.0, 1.0, 2.0))
        a.add(band.translate((0, span * 0.5 + h * 0.08, 0)), "band", fabric, Tier.SECONDARY)


TEMPLATE = Template(
    "bow tie",
    build_bow_tie,
    0.07,
    description="a short necktie tied in a bow with two wings, worn with a tuxedo",
    synonyms=("bowtie", "bow-tie", "dickie bow", "tuxedo bow tie"),
    parts=("wing", "knot", "dots", "band"),
    aliases={"wings": "wing", "center": "knot", "centre": "knot", "strap": "band", "spots": "dots"},
)
