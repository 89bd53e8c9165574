"""A giant panda on all fours: white body, black legs, shoulders, ears and eye patches."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere

WHITE: RGB = (240, 238, 230)
BLACK: RGB = (30, 30, 32)

PANDA = Beast(
    length=1.2,
    girth=0.36,
    leg=0.3,
    leg_r=0.11,
    head_r=0.25,
    muzzle=0.45,
    muzzle_r=0.45,
    neck=0.02,
    tilt=20,
    chest=1.05,
    ears="none",
    tail="stub",
    coats=(WHITE,),
    socks=BLACK,
    droop=0.05,
)


def build_panda(a: Assembly) -> None:
    """A giant panda on all fours: white body, black legs, shoulders, ears and eye patches."""
    b = build_beast(a, PANDA)
    band = ellipsoid((b.girth * 1.3, b.length * 0.12, b.girth * 1.4), a.segments(b.girth * 0.5))
    saddle = skin_pattern(b.body, [band.translate((0, -b.length * 0.2, b.z))], 1.02)
    a.add(saddle, "patch", BLACK, Tier.SECONDARY)
    r = b.head_r
    for side in (-1, 1):
        spot = on_sphere(b.head, r * 0.95, side * 36, 16, r * 0.08)
        patch = ellipsoid((r * 0.24, r * 0.12, r * 0.3), a.segments(r * 0.25))
        a.add(
            patch.rotate((0, side * -30, side * 30)).translate(spot), "patch", BLACK, Tier.SECONDARY
        )
        # black round ears where a bear's sit
        ear = ellipsoid((r * 0.33, r * 0.15, r * 0.31), a.segments(r * 0.3))
        a.add(
            ear.rotate((0, side * 25, 0)).translate(
                (side * r * 0.68, b.head[1] + r * 0.15, b.head[2] + r * 0.68)
            ),
            "ear",
            BLACK,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "panda",
    build_panda,
    0.9,
    description="a black and white bear from China that eats bamboo",
    synonyms=("giant panda", "panda bear", "panda cub"),
    kinds=("baby panda",),
    parts=(*PARTS, "patch"),
    aliases={**ALIASES, "spot": "patch", "eye patch": "patch"},
)
