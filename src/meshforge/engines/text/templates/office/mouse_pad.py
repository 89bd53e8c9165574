"""A mouse pad: a thin rounded mat with stitched edges, sometimes a wrist rest."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SPORTY
from meshforge.engines.text.kit.solids import capsule, slab

PADS = (BLACK, (40, 50, 90), (60, 62, 68), (170, 40, 45), (60, 110, 160))


def build_mouse_pad(a: Assembly) -> None:
    """A mouse pad: a thin rounded mat with stitched edges, sometimes a wrist rest."""
    desk_mat = a.mentions("gaming", "desk", "xl", "extended") or a.chance(0.15)
    width = a.vary(0.8, 0.1) if desk_mat else a.vary(0.25, 0.08)
    depth = a.vary(0.32, 0.1) if desk_mat else a.vary(0.21, 0.08)
    thick, corner = 0.004, 0.02
    a.add(slab((width, depth, thick), corner, 16, (0, 0, thick / 2)), "pad", PADS)
    # the stitched edge: a thin band just proud of the mat all the way round
    outline = CrossSection.square((width - 2 * corner, depth - 2 * corner), True)
    outer = outline.offset(corner + 0.0015, circular_segments=16)
    inner = outline.offset(corner - 0.003, circular_segments=16)
    edge = Manifold.extrude(outer - inner, thick + 0.001)
    a.add(edge, "edge", a.pick(SPORTY), Tier.SECONDARY)
    if not desk_mat and a.maybe("wrist rest", 0.45, "gel", "ergonomic"):
        y = -depth / 2 + 0.035
        rest = capsule((-width / 2 + 0.03, y, 0.0), (width / 2 - 0.03, y, 0.0), 0.022, 20)
        a.add(
            rest.scale((1.0, 1.0, 0.55)).translate((0, 0, thick)), "wrist rest", BLACK, Tier.FIXED
        )


TEMPLATE = Template(
    "mouse pad",
    build_mouse_pad,
    0.02,
    description="a thin soft mat that a computer mouse slides on",
    synonyms=("mousepad", "mouse mat", "mousemat", "gaming mouse pad", "desk mat"),
    parts=("pad", "edge", "wrist rest"),
    aliases={"mat": "pad", "stitching": "edge", "border": "edge", "rest": "wrist rest"},
)
