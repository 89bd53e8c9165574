"""A paintbrush standing bristles up: handle, metal ferrule, bristles, often a dab of paint."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rounded_box
from meshforge.engines.text.kit.tools import HANDLE_WOODS

BRISTLES: tuple[RGB, ...] = ((230, 215, 180), (40, 35, 30), (200, 160, 110))
HANDLES: tuple[RGB, ...] = (*HANDLE_WOODS, (200, 40, 40), (30, 30, 34))


def build_paintbrush(a: Assembly) -> None:
    """A paintbrush standing bristles up: handle, metal ferrule, bristles, often a dab of paint."""
    if a.mentions("artist", "art", "watercolor", "watercolour", "fine", "round", "makeup"):
        _artist(a)
        return
    width = a.vary(0.05, 0.2)
    thick = width * 0.28
    handle_len = a.vary(0.14, 0.1)
    handle = Manifold.batch_hull(
        [
            ellipsoid((width * 0.28, thick * 0.5, 0.012), a.segments(width * 0.3), (0, 0, 0.012)),
            ellipsoid(
                (width * 0.38, thick * 0.6, 0.02),
                a.segments(width * 0.4),
                (0, 0, handle_len * 0.55),
            ),
            ellipsoid(
                (width * 0.3, thick * 0.5, 0.012), a.segments(width * 0.3), (0, 0, handle_len)
            ),
        ]
    )
    a.add(handle, "handle", a.pick(HANDLES), Tier.SECONDARY)
    ferrule_len = width * 0.7
    z = handle_len + 0.005
    ferrule = rounded_box((width, thick, ferrule_len), thick * 0.4, 16, (0, 0, z + ferrule_len / 2))
    a.add(ferrule, "ferrule", SILVER, Tier.FIXED)
    top = z + ferrule_len
    bristle_len = width * a.between(0.9, 1.2)
    bristles = Manifold.batch_hull(
        [
            box((width * 0.95, thick * 0.85, 0.004), (0, 0, top)),
            box((width * 0.9, thick * 0.3, 0.004), (0, 0, top + bristle_len)),
        ]
    )
    a.add(bristles, "bristle", a.pick(BRISTLES), Tier.FIXED)
    if a.maybe("paint", 0.5, "dipped", "wet"):
        tip = box(
            (width * 0.92, thick * 0.45, bristle_len * 0.35), (0, 0, top + bristle_len * 0.83)
        )
        a.add(tip, "paint", a.pick(BRIGHTS), Tier.FIXED)


def _artist(a: Assembly) -> None:
    """A long thin artist's brush with a pointed round tip."""
    length = a.vary(0.2, 0.1)
    r = 0.0045
    handle = capsule((0, 0, r), (0, 0, length * 0.72), r * 0.7, a.segments(r * 4), r * 1.3)
    a.add(handle, "handle", a.pick(HANDLES), Tier.SECONDARY)
    ferrule = capsule((0, 0, length * 0.7), (0, 0, length * 0.8), r * 1.25, a.segments(r * 4))
    a.add(ferrule, "ferrule", SILVER, Tier.FIXED)
    tip = capsule((0, 0, length * 0.79), (0, 0, length), r * 1.15, a.segments(r * 4), r * 0.15)
    a.add(tip, "bristle", a.pick(BRISTLES), Tier.FIXED)


TEMPLATE = Template(
    "paintbrush",
    build_paintbrush,
    0.25,
    description="a brush with a handle, a metal ferrule and bristles for painting",
    synonyms=("paint brush", "artist brush", "painting brush", "decorating brush"),
    kinds=("watercolor brush", "artists paintbrush", "wall brush"),
    parts=("handle", "ferrule", "bristle", "paint"),
    aliases={"hair": "bristle", "tip": "bristle", "band": "ferrule"},
)
