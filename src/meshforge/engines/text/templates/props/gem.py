"""A cut gemstone: a brilliant-cut jewel with a flat table, a faceted crown and a pavilion."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder

GEMS: tuple[RGB, ...] = (
    (220, 30, 60),
    (40, 90, 220),
    (40, 180, 100),
    (170, 80, 220),
    (230, 240, 250),
    (250, 190, 40),
)


def build_gem(a: Assembly) -> None:
    """A cut gemstone: a brilliant-cut jewel with a flat table, a faceted crown and a pavilion."""
    facets = a.pick((8, 10, 12))
    r = a.vary(0.02, 0.1)
    crystal = a.mentions("crystal", "quartz", "shard") or a.chance(0.25)
    if crystal:
        count = a.pick((2, 3, 4))
        # a raw crystal cluster: hexagonal prisms with pointed tips, leaning out of one base
        for k, (tilt, turn, size) in enumerate(
            ((0, 0, 1.0), (28, 40, 0.7), (-25, 160, 0.6), (20, 260, 0.55))
        ):
            if k >= count:
                break
            height = r * 4 * size * a.vary(1.0, 0.15)
            shaft = cylinder(r * 0.6 * size, height, 6)
            tip = cylinder(r * 0.6 * size, r * 0.9 * size, 6, (0, 0, height), 0.0)
            piece = Manifold.batch_hull([shaft, tip]).rotate((tilt, 0, turn))
            a.add(piece, "gem", GEMS)
        return
    # the girdle is a thin prism; the pavilion a cone below it, the crown a frustum above
    girdle = cylinder(r, r * 0.08, facets, (0, 0, r * 1.3))
    pavilion = cylinder(0.001, r * 1.3, facets, (0, 0, 0), r)
    crown = cylinder(r, r * 0.45, facets, (0, 0, r * 1.38), r * a.between(0.5, 0.62))
    a.add(Manifold.batch_hull([girdle, pavilion]), "gem", GEMS)
    a.add(crown.rotate((0, 0, 180 / facets)), "gem", GEMS)


TEMPLATE = Template(
    "gem",
    build_gem,
    0.05,
    description="a sparkling cut gemstone or jewel like a diamond or ruby",
    synonyms=(
        "gemstone",
        "jewel",
        "diamond",
        "ruby",
        "emerald",
        "sapphire",
        "crystal",
        "amethyst",
        "precious stone",
        "gems",
    ),
    kinds=("topaz", "birthstone", "power crystal"),
    not_claimed=("crystal ball", "diamond ring", "crystal glass", "ruby slippers"),
    parts=("gem",),
    aliases={"stone": "gem", "jewel": "gem", "facets": "gem"},
)
