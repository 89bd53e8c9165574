"""A mummy: a figure wrapped head to foot in bandages, arms out in front, glowing eyes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import box, on_sphere, sphere, union

WRAPS: tuple[RGB, ...] = ((225, 215, 185), (210, 198, 165), (235, 228, 205))
BAND: RGB = (180, 165, 130)
GLOW: tuple[RGB, ...] = ((250, 220, 60), (120, 230, 120), (230, 50, 40))


def build_mummy(a: Assembly) -> None:
    """A mummy: a figure wrapped head to foot in bandages, arms out in front, glowing eyes."""
    wrap = a.pick(WRAPS)
    f = build_figure(
        a,
        Outfit(
            top=wrap,
            bottom=wrap,
            skin=wrap,
            shoes=wrap,
            hair=None,
            pose="forward",
            girth=a.vary(1.0, 0.06),
        ),
    )
    s, r = f.scale, f.head_r
    # bandage strips wound round at a slant, laid on the body's own surface
    wrapped = union([p.solid for p in a.parts if p.role in ("body", "leg", "arm")])
    bands = []
    for k in range(14):
        z = 0.15 * s + k * 0.11 * s
        tilt = a.between(-14, 14)
        bands.append(
            box((2.0 * s, 2.0 * s, 0.02 * s)).rotate((tilt * 0.5, tilt, 0)).translate((0, 0, z))
        )
    a.add(skin(wrapped, union(bands), 0.008 * s), "bandage", BAND, Tier.SECONDARY)
    for k in range(3):
        band = (
            box((r * 2.1, r * 2.1, 0.015 * s))
            .rotate((a.between(-15, 15), 0, 0))
            .translate((f.head[0], f.head[1], f.head[2] + (k - 1) * r * 0.55))
        )
        a.add(band ^ sphere(r * 1.04, a.segments(r), f.head), "bandage", BAND, Tier.SECONDARY)
    glow = a.pick(GLOW)
    for side in (-1, 1):
        a.add(
            sphere(r * 0.13, 12, on_sphere(f.head, r, side * 28, 8, r * 0.05)),
            "eye",
            glow,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "mummy",
    build_mummy,
    1.8,
    description="an Egyptian mummy wrapped in old bandages, shambling with its arms out",
    synonyms=("mummies", "egyptian mummy", "bandaged mummy", "mummified pharaoh"),
    kinds=("halloween mummy",),
    parts=(*FIGURE_PARTS, "bandage"),
    aliases={**FIGURE_ALIASES, "bandages": "bandage", "wraps": "bandage", "wrapping": "bandage"},
)
