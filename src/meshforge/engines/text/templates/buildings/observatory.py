"""An observatory: a round white drum under a domed roof whose open slit shows a telescope."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.arches import round_arch
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, subtract

WALLS: tuple[RGB, ...] = ((235, 233, 225), (200, 190, 170), (170, 165, 160))
DOMES: tuple[RGB, ...] = ((215, 218, 225), (190, 192, 198), (240, 240, 238))
DARK: RGB = (35, 38, 45)
SCOPE: RGB = (245, 245, 240)


def build_observatory(a: Assembly) -> None:
    """A round white drum under a domed roof whose open slit shows a telescope."""
    r, wall_h = a.vary(5.0, 0.1), a.vary(5.0, 0.12)
    segments = a.segments(r)
    a.add(cylinder(r, wall_h, segments), "wall", WALLS)
    a.add(cylinder(r * 1.04, 0.4, segments, (0, 0, wall_h - 0.2)), "wall", WALLS)
    slit_w = r * 0.32
    shell = dome((r, r, r), segments, (0, 0, wall_h))
    slit = box((slit_w, r * 2.4, r * 2.2), (0, -r * 0.6, wall_h + r * 1.1 + 0.6))
    a.add(subtract(shell, slit), "dome", DOMES, Tier.SECONDARY)
    a.add(
        dome((r * 0.97, r * 0.97, r * 0.97), segments, (0, 0, wall_h - 0.05)),
        "slit",
        DARK,
        Tier.FIXED,
    )
    tilt = a.vary(35.0, 0.2)
    base = (0.0, -r * 0.2, wall_h + r * 0.45)
    scope = rod((0, 0, 0), (0, 0, r * 0.9), r * 0.16, 24).rotate((tilt, 0, 0)).translate(base)
    a.add(scope, "telescope", SCOPE, Tier.FIXED)
    a.add(round_arch(r * 0.32, wall_h * 0.55, 0.6, 0, 0, -r + 0.1), "door", DARK, Tier.FIXED)


TEMPLATE = Template(
    "observatory",
    build_observatory,
    10.0,
    description="an observatory: a round building whose domed roof opens for a telescope",
    synonyms=("observatories", "planetarium", "astronomical observatory"),
    kinds=("observatory dome", "telescope dome"),
    parts=("wall", "dome", "slit", "telescope", "door"),
    aliases={"roof": "dome", "scope": "telescope", "walls": "wall", "opening": "slit"},
)
