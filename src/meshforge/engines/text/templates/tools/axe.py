"""An axe standing on its handle: a wedge head, a bright edge; "double" adds a second bit."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rod
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PAINTED, STEEL


def build_axe(a: Assembly) -> None:
    """An axe standing on its handle: a wedge head, a bright edge; "double" adds a second bit."""
    length = a.vary(0.4 if a.mentions("hatchet") else 0.72, 0.1)
    handle_r = length * 0.024
    a.add(
        rod((0, 0, 0), (0, 0, length + 0.01), handle_r * 1.1, a.segments(handle_r), handle_r),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    a.add(
        ellipsoid((handle_r * 1.4, handle_r * 1.2, handle_r * 1.6), a.segments(handle_r)),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    scale = length / 0.72
    head_z = length - 0.04 * scale
    head_color = a.pick(PAINTED)
    eye = box((0.05 * scale, 0.036 * scale, 0.07 * scale), (0, 0, head_z))
    a.add(eye, "head", head_color)
    sides = (1, -1) if a.mentions("double", "battle", "viking", "labrys") else (1,)
    reach, drop = a.vary(0.15, 0.1) * scale, a.vary(0.19, 0.12) * scale
    # the cutting edge bulges out in an arc: with a straight edge the thin bit read as a flag
    # on a pole on the contact sheet; a curved, bright bevel is what says "axe"
    arc = [(1.0 - t * t, t) for t in (-1.0, -0.6, 0.0, 0.6, 1.0)]

    def along_edge(side: int, inset: float, size: tuple[float, float, float]) -> list[Manifold]:
        """Small boxes on the bit's curved edge, ``inset`` further out, for a hull."""
        return [
            box(
                size,
                (
                    side * (reach * (0.84 + 0.12 * bulge) + inset),
                    0,
                    head_z - 0.015 + t * drop * 0.44,
                ),
            )
            for bulge, t in arc
        ]

    for side in sides:
        cheek = box((0.01 * scale, 0.03 * scale, 0.065 * scale), (side * 0.03 * scale, 0, head_z))
        bit = Manifold.batch_hull([cheek, *along_edge(side, 0.0, (0.004, 0.005 * scale, 0.01))])
        a.add(bit, "head", head_color)
        # the bright bevel straddles the bit's thin end, so the two always overlap
        edge = along_edge(side, 0.004, (0.012 * scale, 0.0045 * scale, 0.012))
        a.add(Manifold.batch_hull(edge), "edge", STEEL, Tier.FIXED)
    if len(sides) == 1:
        poll = box((0.03 * scale, 0.034 * scale, 0.05 * scale), (-0.035 * scale, 0, head_z))
        a.add(poll, "head", head_color)


TEMPLATE = Template(
    "axe",
    build_axe,
    0.75,
    description="a tool with a sharp blade on a long handle for chopping wood",
    synonyms=("ax", "hatchet", "battle axe", "battleaxe", "tomahawk", "woodcutter axe"),
    kinds=(
        "felling axe",
        "labrys",
        "fire axe",
        "viking axe",
        "splitting axe",
        "throwing axe",
        "double bit axe",
    ),
    parts=("handle", "head", "edge"),
    aliases={"blade": "head", "haft": "handle", "shaft": "handle"},
)
