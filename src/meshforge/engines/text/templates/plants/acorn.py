"""An acorn: a glossy brown oval nut sitting in a scaly cup with a short stalk."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import dome, rod, sphere
from meshforge.engines.text.kit.sweeps import hoop

NUTS: tuple[RGB, ...] = ((175, 110, 50), (160, 95, 45), (190, 130, 65), (140, 150, 70))
CUPS: tuple[RGB, ...] = ((125, 95, 60), (110, 85, 55), (140, 110, 70))


def build_acorn(a: Assembly) -> None:
    """A glossy oval nut, pointed at the bottom, in a scaly cup with a short stalk."""
    radius, height = a.vary(0.0085, 0.1), a.vary(0.03, 0.12)
    cup_z = height * 0.68

    def nut_radius(z: float) -> float:
        # a bullet: a pointed tip below, widest just under the cup, a round top inside it
        u = z / height
        if u < 0.7:
            return radius * float((u / 0.7) ** 0.55)
        return radius * math.sqrt(max(0.0, 1.0 - ((u - 0.7) / 0.3) ** 2))

    a.add(turned(nut_radius, height, a.segments(radius)), "nut", NUTS)
    a.add(sphere(radius * 0.12, 8, (0, 0, radius * 0.05)), "nut", NUTS)
    cup = a.color("cup", CUPS, Tier.SECONDARY)
    cup_r, cup_h = radius * a.between(1.1, 1.18), height * 0.36
    a.add(dome((cup_r, cup_r, cup_h), a.segments(radius), (0, 0, cup_z)), "cup", cup)
    # the cup's scales: rings of bumps following its curve
    for up in (0.0, 0.3, 0.55):
        ring = cup_r * math.sqrt(1.0 - up**2)
        a.add(hoop(ring, radius * 0.07, a.segments(radius), (0, 0, cup_z + cup_h * up)), "cup", cup)
    a.add(
        rod(
            (0, 0, cup_z + cup_h * 0.9),
            (radius * 0.2, 0, cup_z + cup_h * 1.3),
            radius * 0.14,
            8,
        ),
        "stem",
        cup,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "acorn",
    build_acorn,
    0.03,
    description="an acorn, the small oval brown nut of an oak tree in its little cup",
    synonyms=("acorns", "oak nut", "oak acorn"),
    parts=("nut", "cup", "stem"),
    aliases={"shell": "nut", "cap": "cup", "hat": "cup", "stalk": "stem"},
)
