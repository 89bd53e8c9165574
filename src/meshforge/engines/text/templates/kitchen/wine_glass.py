"""A stemmed glass: foot, stem and a tulip bowl; "wine" fills it, "flute" makes it tall."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, rod, vessel
from meshforge.engines.text.kit.tableware import GLASS, smooth_outline

WINE: RGB = (120, 20, 45)


def build_wine_glass(a: Assembly) -> None:
    """A stemmed glass: foot, stem and a tulip bowl; "wine" fills it, "flute" makes it tall."""
    flute = a.mentions("flute", "champagne")
    bowl_h = a.vary(0.13 if flute else 0.1, 0.1)
    bowl_r = a.vary(0.027 if flute else 0.042, 0.1)
    stem_h, foot_r = a.vary(0.08, 0.15), a.vary(0.036, 0.1)
    foot = [(0.0, 0.0), (foot_r, 0.0), (foot_r, 0.002), (0.006, 0.007), (0.0, 0.007)]
    a.add(lathe(foot, a.segments(foot_r)), "foot", GLASS)
    a.add(rod((0, 0, 0.004), (0, 0, stem_h + 0.008), 0.0035, 12), "stem", GLASS)
    shape = [0.012, 0.7, 0.98, 0.95, 0.82] if not flute else [0.012, 0.75, 0.95, 1.0, 1.02]
    outline = smooth_outline([bowl_r * c for c in shape], bowl_h)
    wall, floor = 0.0018, 0.012
    a.add(vessel(outline, wall, floor, a.segments(bowl_r)).translate((0, 0, stem_h)), "bowl", GLASS)
    if a.maybe("wine", 0.4, "filled", "full", "poured"):
        level = bowl_h * 0.5
        inner = [
            (max(r - wall + 0.0004, 0.001), z) for r, z in outline if floor - 0.002 < z < level
        ]
        fill = lathe([(0.0, floor - 0.002), *inner, (0.0, inner[-1][1])], a.segments(bowl_r))
        color = (245, 215, 120) if flute else WINE
        a.add(fill.translate((0, 0, stem_h)), "wine", color, Tier.FIXED)


TEMPLATE = Template(
    "wine glass",
    build_wine_glass,
    0.2,
    description="a stemmed drinking glass with a bowl on a thin stem",
    synonyms=("wineglass", "champagne glass", "champagne flute", "stemware"),
    kinds=("brandy glass", "snifter"),
    parts=("bowl", "stem", "foot", "wine"),
    aliases={"base": "foot", "drink": "wine", "champagne": "wine"},
)
