"""A gravy boat: a low oval jug with a long pouring lip at one end, a handle at the other."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, cylinder, ellipsoid, subtract, vessel
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES, STEEL


def build_gravy_boat(a: Assembly) -> None:
    """A low oval jug with a long pouring lip at one end, a handle at the other, on a saucer."""
    r, depth = a.vary(0.055, 0.12), a.vary(0.06, 0.12)
    stretch = a.between(1.5, 1.8)
    color = a.pick((*CERAMICS, STEEL))
    foot = 0.012
    outline = [(r * 0.45, 0.0), (r * 0.5, foot), (r * 0.85, foot + depth * 0.35), (r, depth)]
    body = vessel(outline, 0.004, 0.01, a.segments(r)).scale((stretch, 1.0, 1.0))
    a.add(body, "body", color)
    # the lip: a shallow trough rising out of the rim at -X
    tip = -r * stretch - r * a.between(0.55, 0.75)
    outer = Manifold.batch_hull(
        [
            ellipsoid((r * 0.5, r * 0.55, 0.01), 16, (-r * stretch * 0.75, 0, depth - 0.004)),
            ellipsoid((0.012, r * 0.22, 0.008), 12, (tip, 0, depth + 0.012)),
        ]
    )
    groove = Manifold.batch_hull(
        [
            ellipsoid((r * 0.42, r * 0.46, 0.01), 16, (-r * stretch * 0.72, 0, depth + 0.004)),
            ellipsoid((0.006, r * 0.14, 0.008), 12, (tip - 0.004, 0, depth + 0.02)),
        ]
    )
    a.add(subtract(outer, groove), "spout", color)
    if a.wants("handle"):
        x = r * stretch - 0.004
        loop = arc_tube((x, 0, depth * 0.65), depth * 0.38, 0.006, 24, -80, 170)
        a.add(loop.translate((0.0, 0.0, 0.0)), "handle", color)
    if a.maybe("saucer", 0.5, "plate", "stand", "tray"):
        plate = cylinder(r * 1.3, 0.008, a.segments(r), (0, 0, -0.006), r * 1.4)
        a.add(plate.scale((stretch * 0.95, 1.0, 1.0)), "saucer", a.pick(GLAZES), Tier.SECONDARY)


TEMPLATE = Template(
    "gravy boat",
    build_gravy_boat,
    0.09,
    description="a low oval jug with a long lip and a handle for pouring gravy or sauce",
    synonyms=("sauce boat", "gravy jug", "sauceboat", "gravy boats"),
    kinds=("gravy dish",),
    parts=("body", "spout", "handle", "saucer"),
    aliases={"lip": "spout", "plate": "saucer", "stand": "saucer"},
)
