"""An onigiri: a rounded triangle of white rice standing on its base, a strip of dark nori
seaweed wrapped round its bottom."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid

RICE: RGB = (248, 248, 243)
NORI: RGB = (30, 45, 35)


def _rice(width: float, height: float, depth: float, segments: int) -> Manifold:
    """A rounded triangle standing up, thick front to back: the hull of three flat balls."""
    corner = width * 0.22
    ball = ellipsoid((corner, depth / 2, corner), segments)
    return Manifold.batch_hull(
        [
            ball.translate((-width / 2 + corner, 0, corner)),
            ball.translate((width / 2 - corner, 0, corner)),
            ball.translate((0, 0, height - corner)),
        ]
    )


def build_onigiri(a: Assembly) -> None:
    """An onigiri: a rounded triangle of rice standing up, a nori strip round its bottom."""
    width, height, depth = a.vary(0.08, 0.08), a.vary(0.075, 0.08), a.vary(0.035, 0.1)
    segments = a.segments(width * 0.25)
    rice = _rice(width, height, depth, segments)
    a.add(rice, "rice", RICE)
    if a.wants("nori"):
        # a band of seaweed just proud of the rice across the lower half, front and back
        sheath = _rice(width * 1.02, height * 1.01, depth * 1.08, segments).translate(
            (0, 0, -height * 0.005)
        )
        strip = box((width * 0.42, depth * 2, height * 0.55), (0, 0, height * 0.26))
        a.add(Manifold.batch_boolean([sheath, strip], OpType.Intersect), "nori", NORI)


TEMPLATE = Template(
    "onigiri",
    build_onigiri,
    0.075,
    description="a japanese triangle of white rice wrapped at the bottom in a strip of seaweed",
    synonyms=("rice ball", "rice balls", "omusubi", "onigiris"),
    kinds=("rice triangle", "musubi", "spam musubi"),
    parts=("rice", "nori"),
    aliases={"seaweed": "nori", "wrapper": "nori"},
)
