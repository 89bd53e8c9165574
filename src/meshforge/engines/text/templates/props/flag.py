"""A flag on a pole: a rippling rectangular cloth with a stripe or emblem, a finial on top."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere

CLOTHS: tuple[RGB, ...] = (
    (200, 30, 40),
    (30, 70, 160),
    (40, 130, 70),
    (245, 245, 240),
    (250, 200, 40),
    (30, 30, 34),
)


def build_flag(a: Assembly) -> None:
    """A flag on a pole: a rippling rectangular cloth with a stripe or emblem, a finial on top."""
    pole_h = a.vary(2.4, 0.08)
    cloth_w, cloth_h = a.vary(1.3, 0.08), a.vary(0.85, 0.08)
    pole_r = 0.03
    a.add(rod((0, 0, 0), (0, 0, pole_h), pole_r, a.segments(0.1)), "pole", SILVER)
    a.add(cylinder(0.18, 0.06, a.segments(0.18)), "base", (60, 60, 66), Tier.FIXED)
    a.add(sphere(0.06, 12, (0, 0, pole_h + 0.04)), "finial", GOLD, Tier.FIXED)
    top = pole_h - 0.06
    ripples = a.between(1.5, 2.5)
    amplitude = a.vary(0.06, 0.2)
    phase = a.between(0, math.pi)

    def wave(x: float) -> float:
        """How far back the cloth ripples at ``x`` along it; none at the pole."""
        return amplitude * (x / cloth_w) * math.sin(2 * math.pi * ripples * x / cloth_w + phase)

    def rippled(solid: Manifold) -> Manifold:
        return solid.refine_to_length(cloth_w / 24).warp(lambda v: (v[0], v[1] + wave(v[0]), v[2]))

    cloth_color = a.pick(CLOTHS)
    cloth = box((cloth_w, 0.012, cloth_h), (pole_r * 0.5 + cloth_w / 2, 0, top - cloth_h / 2))
    a.add(rippled(cloth), "cloth", cloth_color)
    style = a.pick(("stripe", "emblem", "cross", "plain"))
    other = a.pick([c for c in CLOTHS if c != cloth_color])
    if style == "stripe" or a.mentions("stripe", "striped"):
        band = box((cloth_w, 0.02, cloth_h / 3), (pole_r * 0.5 + cloth_w / 2, 0, top - cloth_h / 2))
        a.add(rippled(band), "stripe", other, Tier.SECONDARY)
    elif style == "cross":
        for size in ((cloth_w, 0.02, cloth_h * 0.18), (cloth_h * 0.18, 0.02, cloth_h)):
            bar = box(size, (pole_r * 0.5 + cloth_w * 0.38, 0, top - cloth_h / 2))
            a.add(rippled(bar), "stripe", other, Tier.SECONDARY)
    elif style == "emblem":
        disc = cylinder(cloth_h * 0.22, 0.02, 24, (0, -0.01, 0)).rotate((90, 0, 0))
        a.add(
            rippled(disc.translate((pole_r * 0.5 + cloth_w * 0.45, 0, top - cloth_h / 2))),
            "emblem",
            other,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "flag",
    build_flag,
    2.5,
    description="a cloth flag with stripes or an emblem flying from a flagpole",
    synonyms=(
        "flagpole",
        "flag pole",
        "banner",
        "national flag",
        "pirate flag",
        "jolly roger",
        "pennant",
        "flags",
    ),
    kinds=("ensign", "standard bearer flag"),
    parts=("cloth", "stripe", "emblem", "pole", "base", "finial"),
    aliases={"stripes": "stripe", "symbol": "emblem", "fabric": "cloth", "mast": "pole"},
)
