"""A crocodile: a long low armoured body, toothy snout, sprawling legs, heavy tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.saurians import (
    ALIASES,
    PARTS,
    snout_head,
    spikes,
    sprawl_legs,
    tail,
)
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere

SKINS: tuple[RGB, ...] = ((75, 95, 55), (85, 92, 58), (60, 78, 50))
BELLY: RGB = (200, 195, 150)


def build_crocodile(a: Assembly) -> None:
    """A crocodile: a long low armoured body, toothy snout, sprawling legs, heavy tail.

    What tells it from a lizard: it lies low and flat with its belly near the ground, its long
    snout is broad and flat with teeth showing, its eyes and nostrils are knobs on top of the
    head, and two rows of armour scutes run down its back and along its heavy tail.
    """
    size = a.vary(1.0, 0.1)
    skin = a.pick(SKINS)
    r = 0.2 * size
    z = r * 0.75
    a.add(ellipsoid((r * 1.3, r * 3.2, r * 0.6), a.segments(r), (0, 0, z)), "body", skin)
    a.add(
        ellipsoid((r * 1.1, r * 2.8, r * 0.38), a.segments(r), (0, 0, z - r * 0.28)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    alligator = a.mentions("gator", "alligator")
    snout = 0.95 if alligator else 1.2
    head_z = z + r * 0.05
    back = (0.0, -r * 3.3, head_z)
    a.add(ellipsoid((r * 0.85, r * 0.8, r * 0.45), a.segments(r), (0, -r * 2.9, z)), "body", skin)
    width = r * (0.7 if alligator else 0.6)
    # flat, yet deep enough that the skull's own eyes (set on its width) stay on it
    height = width * 0.6
    tip = snout_head(a, back, r * 2.6 * snout, width, height, skin, teeth=8)
    # eyes raised on knobs above the skull, nostrils on a bump at the tip of the snout
    for side in (-1, 1):
        knob = (side * width * 0.45, back[1] - width * 0.05, head_z + height * 0.75)
        a.add(sphere(width * 0.26, a.segments(width * 0.26), knob), "head", skin)
        eye = (knob[0] + side * width * 0.08, knob[1] - width * 0.16, knob[2] + width * 0.08)
        a.add(sphere(width * 0.13, 10, eye), "eye", (200, 170, 60), Tier.FIXED)
    a.add(
        ellipsoid(
            (width * 0.4, width * 0.35, height * 0.4),
            12,
            (0, tip[1] + width * 0.2, tip[2] + height * 0.35),
        ),
        "head",
        skin,
    )
    sprawl_legs(a, (-r * 1.9, r * 1.8), r * 1.0, z - r * 0.05, r * 1.1, r * 0.26, skin)
    end = tail(a, (0, r * 2.6, z), r * 6.0, r * 0.62, r * 0.5, skin, sway=0.12)
    if a.wants("scute"):
        ridge: list[Vec3] = []
        for k in range(9):  # two rows down the back
            y = -r * 2.2 + k * r * 0.6
            top = z + r * 0.6 * max(0.0, 1 - (y / (r * 3.2)) ** 2) ** 0.5 - r * 0.06
            ridge += [(-r * 0.35, y, top), (r * 0.35, y, top)]
        for k in range(1, 10):  # one crest along the tail, dwindling to the tip
            t = k / 10
            x = end[0] * t**2
            y = r * 2.6 + (end[1] - r * 2.6) * t
            ridge.append((x, y, z - r * 0.5 * t + r * 0.62 * (1 - 0.88 * t) - r * 0.05))
        spikes(a, ridge, r * 0.12, (55, 70, 42), "scute")


TEMPLATE = Template(
    "crocodile",
    build_crocodile,
    0.5,
    description="a big reptile with a long toothy snout that lurks in rivers",
    synonyms=("croc", "alligator", "gator", "caiman"),
    kinds=("gharial", "saltwater crocodile", "nile crocodile", "crocodilian"),
    parts=(*PARTS, "scute"),
    aliases={**ALIASES, "ridges": "scute", "armor": "scute", "armour": "scute", "spikes": "scute"},
)
