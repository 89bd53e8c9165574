"""A baseball bat standing on its knob: a turned club, thin at the handle, thick at the end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, WOODS
from meshforge.engines.text.kit.solids import cylinder, lathe
from meshforge.engines.text.kit.tableware import smooth_outline


def build_baseball_bat(a: Assembly) -> None:
    """A baseball bat standing on its knob: a turned club, thin at the handle, thick at the end."""
    length = a.vary(0.84, 0.05)
    barrel = a.vary(0.033, 0.08)
    metal = a.mentions("metal", "aluminium", "aluminum", "steel")
    radii = [0.016, 0.013, 0.0125, 0.014, 0.02, 0.028, barrel, barrel, barrel * 0.97]
    outline = smooth_outline(radii, length, 24)
    profile = [
        (0.0, 0.0),
        (0.024, 0.0),
        (0.024, 0.012),
        *[(r, z) for r, z in outline if z > 0.014],
        (barrel * 0.85, length + 0.006),
        (0.0, length + 0.008),
    ]
    color = SILVER if metal else a.pick(WOODS)
    a.add(lathe(profile, a.segments(barrel)), "bat", color)
    if a.maybe("tape", 0.4, "grip", "wrapped"):
        a.add(
            cylinder(0.0145, length * 0.25, a.segments(0.015), (0, 0, 0.02)),
            "tape",
            BLACK,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "baseball bat",
    build_baseball_bat,
    0.85,
    description="a smooth wooden club, thin at the handle and thick at the end, for baseball",
    synonyms=("softball bat", "wooden bat", "baseball club"),
    kinds=("louisville slugger", "aluminum bat", "metal bat"),
    parts=("bat", "tape"),
    aliases={"barrel": "bat", "handle": "tape", "grip": "tape", "knob": "bat"},
)
