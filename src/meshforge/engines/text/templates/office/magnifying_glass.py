"""A magnifying glass: a round lens in a metal rim on a turned handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rod, torus
from meshforge.engines.text.kit.tools import HANDLE_WOODS

GLASS: RGB = (200, 225, 235)


def build_magnifying_glass(a: Assembly) -> None:
    """A magnifying glass: a round lens in a metal rim on a turned handle."""
    lens_r = a.vary(0.045, 0.15)
    handle_l = a.vary(0.11, 0.15)
    rim = a.pick(LAMP_METALS)
    handle = a.pick((*HANDLE_WOODS, (30, 30, 33)))
    # it lies on its side, lens upright, so that the three-quarter view shows the ring
    cz = lens_r + 0.012 + handle_l
    a.add(
        torus(lens_r, 0.006, a.segments(lens_r)).rotate((90, 0, 0)).translate((0, 0, cz)),
        "rim",
        rim,
        Tier.SECONDARY,
    )
    lens = ellipsoid((lens_r, 0.006, lens_r), a.segments(lens_r), (0, 0, cz))
    a.add(lens, "lens", GLASS, Tier.FIXED)
    neck_top = cz - lens_r - 0.004
    a.add(
        rod((0, 0, neck_top + 0.004), (0, 0, neck_top - 0.022), 0.006, 12),
        "rim",
        rim,
        Tier.SECONDARY,
    )
    a.add(capsule((0, 0, neck_top - 0.02), (0, 0, 0.01), 0.011, 16, 0.013), "handle", handle)


TEMPLATE = Template(
    "magnifying glass",
    build_magnifying_glass,
    0.2,
    description="a round glass lens with a handle that makes small things look bigger",
    synonyms=("magnifier", "magnifying lens", "hand lens", "loupe", "detective magnifying glass"),
    kinds=("reading magnifier", "sherlock magnifier"),
    parts=("rim", "lens", "handle"),
    aliases={"glass": "lens", "frame": "rim", "ring": "rim", "grip": "handle"},
)
