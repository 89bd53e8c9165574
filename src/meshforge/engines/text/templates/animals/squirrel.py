"""A squirrel: a small rodent sitting up on its haunches under a big bushy curled tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.creatures import CREAM, spindle
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, sphere

COATS: tuple[RGB, ...] = ((175, 90, 40), (150, 80, 40), (130, 125, 120))
ACORN: RGB = (150, 100, 50)
NOSE: RGB = (40, 30, 28)


def build_squirrel(a: Assembly) -> None:
    """A squirrel: a small rodent sitting up on its haunches under a big bushy curled tail."""
    s = a.vary(0.1, 0.08)
    coat = (130, 125, 120) if a.mentions("grey squirrel", "gray squirrel") else a.pick(COATS)
    a.add(
        ellipsoid((s * 0.42, s * 0.45, s * 0.7), a.segments(s * 0.5), (0, 0, s * 0.65)),
        "body",
        coat,
    )
    belly = ellipsoid((s * 0.3, s * 0.2, s * 0.5), a.segments(s * 0.3), (0, -s * 0.28, s * 0.62))
    a.add(belly, "belly", CREAM, Tier.FIXED)
    head = (0.0, -s * 0.12, s * 1.42)
    hr = s * 0.3
    a.add(sphere(hr, a.segments(hr), head), "head", coat)
    snout = ellipsoid(
        (hr * 0.55, hr * 0.6, hr * 0.5),
        a.segments(hr * 0.5),
        (0, head[1] - hr * 0.75, head[2] - hr * 0.2),
    )
    a.add(snout, "head", coat)
    a.add(
        sphere(hr * 0.14, 12, (0, head[1] - hr * 1.3, head[2] - hr * 0.1)), "nose", NOSE, Tier.FIXED
    )
    set_eyes(a, head, hr, 45, 15, 0.17)
    for side in (-1, 1):
        ear = cylinder(hr * 0.25, hr * 0.6, 12, (0, 0, 0), hr * 0.03).scale((1, 0.5, 1))
        a.add(ear.translate((side * hr * 0.5, head[1] + hr * 0.1, head[2] + hr * 0.7)), "ear", coat)
        thigh = ellipsoid(
            (s * 0.2, s * 0.35, s * 0.3), a.segments(s * 0.2), (side * s * 0.3, -s * 0.05, s * 0.3)
        )
        a.add(thigh, "leg", coat)
        foot = ellipsoid((s * 0.1, s * 0.28, s * 0.07), 12, (side * s * 0.3, -s * 0.3, s * 0.07))
        a.add(foot, "leg", coat)
        hand = (side * s * 0.12, -s * 0.5, s * 1.02)
        a.add(capsule((side * s * 0.25, -s * 0.25, s * 1.1), hand, s * 0.06, 12), "leg", coat)
    if a.maybe("acorn", 0.5, "nut"):
        nut = (0.0, -s * 0.55, s * 1.0)
        a.add(ellipsoid((s * 0.1, s * 0.1, s * 0.13), 16, nut), "acorn", ACORN, Tier.FIXED)
        cap = ellipsoid((s * 0.11, s * 0.11, s * 0.06), 16, (nut[0], nut[1], nut[2] + s * 0.1))
        a.add(cap, "acorn", (100, 70, 40), Tier.FIXED)
    if a.wants("tail"):
        lean = a.between(-0.1, 0.1)
        low = spindle(
            (0, s * 0.3, s * 0.2), (lean * s, s * 0.75, s * 1.2), s * 0.32, a.segments(s * 0.3), 0.8
        )
        high = spindle(
            (lean * s, s * 0.75, s * 1.0),
            (lean * s, s * 0.35, s * 1.75),
            s * 0.3,
            a.segments(s * 0.3),
            0.8,
        )
        a.add(low, "tail", coat)
        a.add(high, "tail", coat)


TEMPLATE = Template(
    "squirrel",
    build_squirrel,
    0.2,
    description="a small furry rodent with a big bushy tail that eats nuts",
    synonyms=("red squirrel", "grey squirrel", "gray squirrel", "chipmunk"),
    kinds=("flying squirrel", "ground squirrel"),
    parts=("body", "belly", "head", "nose", "eye", "ear", "leg", "tail", "acorn"),
    aliases={"fur": "body", "coat": "body", "nut": "acorn", "paws": "leg", "legs": "leg"},
)
