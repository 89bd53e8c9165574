"""Sushi: a nigiri (an oval of rice under a slice of fish, tied with nori) or a maki roll."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rounded_box, union

RICE: RGB = (248, 246, 238)
NORI: RGB = (30, 45, 35)
FISH: tuple[RGB, ...] = ((250, 130, 90), (215, 45, 60), (245, 120, 80))
STRIPE: RGB = (255, 225, 205)


def build_sushi(a: Assembly) -> None:
    """A nigiri, or a maki roll when "roll" or "maki" is asked for."""
    fish = a.pick(FISH)
    if a.mentions("roll", "maki", "makizushi") or a.chance(0.25):
        r, h = a.vary(0.022, 0.1), a.vary(0.028, 0.1)
        a.add(cylinder(r, h, a.segments(r)), "nori", NORI, Tier.FIXED)
        a.add(cylinder(r * 0.9, 0.003, a.segments(r), (0, 0, h - 0.001)), "rice", RICE, Tier.FIXED)
        a.add(cylinder(r * 0.35, 0.0045, a.segments(r), (0, 0, h - 0.001)), "fish", fish)
        return
    length, width, height = a.vary(0.065, 0.1), a.vary(0.028, 0.1), a.vary(0.02, 0.1)
    rice = ellipsoid(
        (length / 2, width / 2, height * 0.75), a.segments(width), (0, 0, height * 0.5)
    )
    a.add(rice.trim_by_plane((0, 0, 1), 0.0), "rice", RICE, Tier.FIXED)
    top = rounded_box(
        (length * 1.15, width * 1.1, 0.009), 0.0042, a.segments(0.01), (0, 0, height * 1.05)
    )
    a.add(top.rotate((0, a.between(-4, 4), 0)), "fish", fish)
    if fish != FISH[1] and a.wants("stripe"):
        lines = [
            box((0.0025, width * 0.8, 0.003))
            .rotate((0, 0, 20))
            .translate((x * length * 0.22, 0, height * 1.05 + 0.0032))
            for x in (-1.5, -0.5, 0.5, 1.5)
        ]
        a.add(union(lines), "stripe", STRIPE, Tier.FIXED)
    if a.maybe("nori", 0.5, "seaweed"):
        band = box((0.012, width * 1.1, height * 1.15), (0, 0, height * 0.55))
        a.add(band, "nori", NORI, Tier.FIXED)


TEMPLATE = Template(
    "sushi",
    build_sushi,
    0.03,
    description="a piece of japanese sushi: raw fish on a pad of rice",
    synonyms=("nigiri", "sushi roll", "maki", "salmon nigiri"),
    kinds=("tuna nigiri", "california roll", "makizushi", "sashimi"),
    parts=("rice", "fish", "stripe", "nori"),
    aliases={"salmon": "fish", "tuna": "fish", "seaweed": "nori"},
)
