"""A honey pot: a squat round jar with a cloth-tied or wooden lid, honey dripping and a wooden
dipper."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, dome, ellipsoid, rod, sphere, torus
from meshforge.engines.text.kit.tableware import turned_body

HONEY: RGB = (235, 160, 30)
POTS: tuple[RGB, ...] = ((235, 165, 40), (200, 140, 80), (240, 235, 220), (120, 80, 50))
WOOD: RGB = (180, 130, 80)
CLOTHS: tuple[RGB, ...] = ((200, 50, 50), (240, 240, 230), (70, 110, 170))


def build_honey_pot(a: Assembly) -> None:
    """A honey pot: a squat round jar with a cloth-tied or wooden lid, honey dripping and a wooden
    dipper."""
    radius, height = a.vary(0.07, 0.12), a.vary(0.11, 0.12)
    pot = a.pick(POTS)
    turned_body(a, [radius * 0.75, radius, radius * 0.95, radius * 0.7, radius * 0.72], height, pot)
    neck_r = radius * 0.72
    a.add(torus(neck_r, 0.006, a.segments(radius), (0, 0, height - 0.004)), "body", pot)
    # honey oozing over the rim in a few drips
    a.add(
        cylinder(neck_r * 0.98, 0.008, a.segments(radius), (0, 0, height - 0.002)),
        "honey",
        HONEY,
        Tier.FIXED,
    )
    for k, (x, y) in enumerate(((-0.6, -0.75), (0.35, -0.9), (0.85, -0.3))):
        top = (x * neck_r, y * neck_r * 1.0, height - 0.004)
        a.add(
            ellipsoid(
                (0.01, 0.008, 0.02 + 0.006 * k),
                10,
                (top[0] * 1.12, top[1] * 1.12, height - 0.018 - 0.006 * k),
            ),
            "honey",
            HONEY,
            Tier.FIXED,
        )
    if a.maybe("lid", 0.5, "cloth", "covered"):
        cloth = dome(
            (neck_r * 1.3, neck_r * 1.3, radius * 0.35), a.segments(radius), (0, 0, height)
        )
        a.add(cloth, "lid", a.pick(CLOTHS), Tier.SECONDARY)
        a.add(
            torus(neck_r * 1.02, 0.005, a.segments(radius), (0, 0, height - 0.01)),
            "string",
            (220, 200, 150),
            Tier.FIXED,
        )
    elif a.wants("dipper"):
        tip = (radius * 0.2, 0.0, height + 0.01)
        a.add(
            rod(
                (radius * 0.1, 0, height - radius * 0.4),
                (radius * 0.9, 0, height + radius * 1.3),
                0.005,
                8,
            ),
            "dipper",
            WOOD,
            Tier.FIXED,
        )
        for k in range(3):
            a.add(
                cylinder(
                    0.015 - 0.002 * abs(k - 1), 0.008, 12, (tip[0], 0, tip[2] - 0.03 + k * 0.011)
                ),
                "dipper",
                WOOD,
                Tier.FIXED,
            )
        a.add(
            sphere(0.008, 8, (radius * 0.9, 0, height + radius * 1.3)), "dipper", WOOD, Tier.FIXED
        )


TEMPLATE = Template(
    "honey pot",
    build_honey_pot,
    0.13,
    description="a round jar of golden honey with drips running down and a wooden dipper",
    synonyms=("honeypot", "pot of honey", "honey jar", "jar of honey", "honey"),
    kinds=("hunny pot", "honey dipper", "beehive jar"),
    not_claimed=("honey badger", "honey bee"),
    parts=("body", "honey", "lid", "string", "dipper"),
    aliases={
        "jar": "body",
        "pot": "body",
        "drip": "honey",
        "drips": "honey",
        "cloth": "lid",
        "spoon": "dipper",
    },
)
