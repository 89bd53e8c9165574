"""An octopus: a bulbous head with big eyes and eight curling tentacles spread around it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.sea_life import tentacle
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere, sphere

SKINS: tuple[RGB, ...] = ((220, 90, 70), (180, 70, 130), (235, 130, 80), (150, 80, 160))
EYE_WHITE: RGB = (245, 240, 220)


def build_octopus(a: Assembly) -> None:
    """An octopus: a bulbous head with big eyes and eight curling tentacles spread around it."""
    size = a.vary(1.0, 0.1)
    skin = a.pick(SKINS)
    r = 0.12 * size
    mantle = (0.0, 0.03 * size, 0.2 * size)
    a.add(
        ellipsoid((r, r * 1.1, r * 1.25), a.segments(r), mantle).rotate((-15, 0, 0)), "head", skin
    )
    base = (0.0, -0.01 * size, 0.09 * size)
    a.add(ellipsoid((r * 0.95, r * 0.95, r * 0.6), a.segments(r), base), "head", skin)
    arms = a.count("tentacle", 8, 3, 12)
    for k in range(arms):
        angle = -90 + 360 * (k + 0.5) / arms
        curl = a.between(-1.2, 1.2)
        arm = tentacle(
            a,
            (base[0], base[1], base[2] - r * 0.2),
            angle,
            r * a.between(2.2, 2.8),
            r * 0.26,
            curl,
            r * 0.6,
        )
        a.add(arm, "tentacle", skin)
    for side in (-1, 1):
        at = on_sphere((0.0, 0.0, 0.12 * size), r * 0.95, side * 35, 10, r * 0.1)
        a.add(sphere(r * 0.24, a.segments(r * 0.24), at), "eye", EYE_WHITE, Tier.FIXED)
        pupil = (at[0] * 1.05, at[1] - r * 0.14, at[2])
        a.add(sphere(r * 0.13, a.segments(r * 0.13), pupil), "pupil", EYE, Tier.FIXED)


TEMPLATE = Template(
    "octopus",
    build_octopus,
    0.35,
    description="a sea creature with a round head and eight curling tentacles",
    synonyms=("octopi", "octopuses", "kraken", "squid"),
    kinds=("baby octopus", "giant squid", "cuttlefish", "calamari creature"),
    parts=("head", "tentacle", "eye", "pupil"),
    aliases={
        "arm": "tentacle",
        "arms": "tentacle",
        "mantle": "head",
        "body": "head",
        "skin": "head",
    },
)
