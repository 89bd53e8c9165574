"""A stingray: a flat rounded diamond of a body, widest across its wings, eyes on top near
the front, and a long whip of a tail; a manta ray has pointed wings and two head fins."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import capsule, ellipsoid, prism, sphere

TOPS: tuple[RGB, ...] = ((120, 105, 85), (90, 95, 100), (60, 65, 75), (150, 130, 100))
BELLY: RGB = (235, 230, 220)


def build_stingray(a: Assembly) -> None:
    """A stingray: a flat diamond of a body with wings, eyes on top, a long whip tail."""
    span = a.vary(0.8, 0.1)
    manta = a.mentions("manta", "devil")
    top = (35, 40, 45) if manta else a.pick(TOPS)
    length = span * (0.55 if manta else 0.8)
    thick = span * 0.06
    lift = thick * 0.9
    # the outline from above, front at -Y: pointed wingtips for a manta, rounded for a ray
    outline = []
    power = 2.2 if manta else 1.5  # above 1: a diamond with pointed wingtips
    for k in range(48):
        t = 2 * math.pi * k / 48
        c, s = math.cos(t), math.sin(t)
        x = span / 2 * math.copysign(abs(c) ** power, c)
        # the wingtips swept back (+Y), a manta's more
        y = length / 2 * math.copysign(abs(s) ** power, s) + abs(x) / span * length * (
            0.35 if manta else 0.25
        )
        outline.append((x, y))
    disc = prism(outline, thick).translate((0, 0, -thick / 2))
    # round the flat slab into a lens: thick in the middle, thin at the wingtips
    lens = ellipsoid((span / 2 * 1.02, length / 2 * 1.02, thick * 1.1), a.segments(span * 0.2))
    body = (disc ^ lens).translate((0, 0, lift))
    a.add(body, "body", top)
    a.add(
        ellipsoid((span * 0.2, length * 0.32, thick * 0.6), 24, (0, 0, lift - thick * 0.35)),
        "belly",
        BELLY,
        Tier.FIXED,
    )
    for side in (-1, 1):
        eye = (side * span * 0.06, -length * 0.22, lift + thick * 0.45)
        a.add(sphere(thick * 0.22, 10, eye), "eye", EYE, Tier.FIXED)
        if manta:
            fin = capsule(
                (side * span * 0.07, -length * 0.35, lift),
                (side * span * 0.1, -length * 0.58, lift),
                thick * 0.25,
                10,
                thick * 0.15,
            )
            a.add(fin, "fin", top)
    tail_len = span * (0.5 if manta else 0.9)
    tail = capsule(
        (0, length * 0.3, lift),
        (0, length * 0.3 + tail_len, lift * 0.6),
        thick * 0.25,
        10,
        thick * 0.05,
    )
    a.add(tail, "tail", top)


TEMPLATE = Template(
    "stingray",
    build_stingray,
    0.1,
    description="a flat diamond shaped sea fish with wide wings and a long whip tail",
    synonyms=("sting ray", "stingrays", "manta ray", "manta", "manta rays"),
    kinds=("eagle ray", "devil ray", "skate fish"),
    parts=("body", "belly", "eye", "fin", "tail"),
    aliases={"wing": "body", "wings": "body", "fins": "fin", "stinger": "tail"},
)
