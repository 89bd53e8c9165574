"""A cake stand: a round flat plate on a slender turned pedestal and foot."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, sphere, torus
from meshforge.engines.text.kit.tableware import CERAMICS, GLASS

STANDS: tuple[RGB, ...] = (*CERAMICS[:4], GLASS, (235, 185, 60))


def build_cake_stand(a: Assembly) -> None:
    """A cake stand: a round flat plate on a slender turned pedestal and foot, maybe under a glass
    dome."""
    radius, height = a.vary(0.15, 0.1), a.vary(0.12, 0.2)
    color = a.pick(STANDS)
    foot = radius * a.between(0.45, 0.6)
    stem = radius * 0.12
    profile = [
        (0.0, 0.0),
        (foot, 0.0),
        (foot, 0.008),
        (stem * 1.6, 0.03),
        (stem, 0.05),
        (stem, height - 0.03),
        (stem * 1.8, height - 0.01),
        (0.0, height - 0.01),
    ]
    a.add(lathe(profile, a.segments(foot)), "pedestal", color)
    a.add(cylinder(radius, 0.012, a.segments(radius), (0, 0, height - 0.012)), "plate", color)
    a.add(torus(radius, 0.006, a.segments(radius), (0, 0, height - 0.004)), "plate", color)
    if a.wants("dome") and a.mentions("dome", "cloche", "cover", "covered"):
        a.add(
            cylinder(radius * 0.92, radius * 0.6, a.segments(radius), (0, 0, height), radius * 0.9),
            "dome",
            GLASS,
            Tier.FIXED,
        )
        a.add(
            sphere(radius * 0.92, a.segments(radius), (0, 0, height + radius * 0.6))
            .trim_by_plane((0, 0, 1), height + radius * 0.6)
            .scale((1, 1, 1)),
            "dome",
            GLASS,
            Tier.FIXED,
        )
        a.add(sphere(0.015, 12, (0, 0, height + radius * 1.52)), "dome", GLASS, Tier.FIXED)


TEMPLATE = Template(
    "cake stand",
    build_cake_stand,
    0.13,
    description="a raised round plate on a pedestal for showing off a cake",
    synonyms=(
        "cakestand",
        "cake plate stand",
        "pedestal cake stand",
        "cake pedestal",
        "dessert stand",
    ),
    kinds=("tiered cake stand", "cupcake stand", "cake dome"),
    parts=("pedestal", "plate", "dome"),
    aliases={"base": "pedestal", "stem": "pedestal", "top": "plate", "cloche": "dome"},
)
