"""A bottle with shoulders, a neck, a cap and (optionally) a label."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe


def build_bottle(a: Assembly) -> None:
    """A bottle with shoulders, a neck, a cap and (optionally) a label."""
    radius, height = a.vary(0.038, 0.15), a.vary(0.3, 0.15)
    neck, shoulder = radius * a.between(0.3, 0.42), a.between(0.55, 0.72)
    profile = [(0.0, 0.0), (radius - 0.004, 0.0), (radius, 0.004), (radius, height * shoulder)]
    for t in np.linspace(0.15, 1.0, 8):  # a quarter-ellipse shoulder
        angle = t * math.pi / 2
        r = neck + (radius - neck) * math.cos(angle)
        profile.append(
            (r, height * shoulder + (height * 0.83 - height * shoulder) * math.sin(angle))
        )
    profile += [(neck, height * 0.97), (0.0, height * 0.97)]
    glass = a.pick(((40, 100, 50), (110, 60, 25), (170, 210, 220), (60, 110, 160)))
    a.add(lathe(profile, a.segments(radius)), "body", glass)
    if a.wants("cap"):
        a.add(
            cylinder(neck * 1.12, height * 0.06, a.segments(neck), (0, 0, height * 0.95)),
            "cap",
            a.pick(((200, 170, 60), (200, 40, 40), (230, 230, 230), (30, 30, 30))),
            Tier.SECONDARY,
        )
    if a.maybe("label", 0.7):
        band = height * a.between(0.18, 0.28)
        a.add(
            cylinder(radius + 0.0015, band, a.segments(radius), (0, 0, height * 0.22)),
            "label",
            a.pick(((240, 235, 220), (200, 40, 40), (30, 60, 120))),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "bottle",
    build_bottle,
    0.3,
    description="a container for liquids with a narrow neck",
    synonyms=("wine bottle", "beer bottle", "flask", "jar"),
    kinds=(
        "decanter",
        "mason jar",
        "canteen",
        "vial",
        "phial",
        "perfume bottle",
        "soda bottle",
        "demijohn",
    ),
    parts=("body", "cap", "label"),
    aliases={"lid": "cap", "cork": "cap"},
)
