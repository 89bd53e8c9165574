"""A slingshot: a forked wooden Y with a rubber band across the fork and a pouch."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rod, torus

WOODS: tuple[RGB, ...] = ((150, 100, 55), (120, 80, 45), (190, 140, 80))
BANDS: tuple[RGB, ...] = ((200, 50, 40), (60, 60, 65), (230, 180, 60))
LEATHER: RGB = (90, 55, 35)


def build_slingshot(a: Assembly) -> None:
    """A slingshot: a forked wooden Y with a rubber band across the fork and a pouch."""
    h = a.vary(0.2, 0.1)
    spread = h * a.between(0.35, 0.5)
    r = h * 0.055
    wood = a.pick(WOODS)
    fork = (0.0, 0.0, h * 0.5)
    a.add(capsule((0, 0, 0), fork, r * 1.1, 12), "handle", wood)
    tips = []
    for sx in (-1, 1):
        tip = (sx * spread / 2, 0.0, h)
        a.add(capsule(fork, tip, r, 12), "frame", wood)
        tips.append(tip)
    band = a.pick(BANDS)
    pouch = (0.0, h * 0.18, h * 0.9)
    for tip in tips:
        a.add(rod(tip, pouch, r * 0.3, 8), "band", band, Tier.SECONDARY)
    a.add(box((spread * 0.28, r * 0.8, r * 2.0), pouch), "pouch", LEATHER, Tier.FIXED)
    a.add(torus(r * 1.15, r * 0.25, 12).translate((0, 0, h * 0.2)), "handle", LEATHER, Tier.FIXED)


TEMPLATE = Template(
    "slingshot",
    build_slingshot,
    0.2,
    description="a Y-shaped wooden catapult with a rubber band for shooting small stones",
    synonyms=("sling shot", "catapult slingshot", "wrist rocket"),
    kinds=("y shaped slingshot", "wooden slingshot"),
    parts=("handle", "frame", "band", "pouch"),
    aliases={
        "fork": "frame",
        "rubber": "band",
        "elastic": "band",
        "wood": "frame",
        "grip": "handle",
    },
)
