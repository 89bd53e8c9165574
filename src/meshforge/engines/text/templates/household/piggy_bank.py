"""A piggy bank: a glossy round pig with a coin slot in its back, a snout, ears and stubby legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import COAL, GOLD
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, sphere, subtract
from meshforge.engines.text.kit.sweeps import tube

CERAMICS: tuple[RGB, ...] = (
    (240, 160, 180),
    (245, 180, 195),
    (250, 250, 248),
    (120, 180, 230),
    (235, 185, 60),
)


def build_piggy_bank(a: Assembly) -> None:
    """A piggy bank: a glossy round pig with a coin slot in its back."""
    length, girth = a.vary(0.16, 0.1), a.vary(0.065, 0.1)
    color = a.pick(CERAMICS)
    leg = girth * 0.45
    z = leg + girth * 0.85
    body = ellipsoid((girth, length / 2, girth * 0.95), a.segments(girth), (0, 0, z))
    slot = box((girth * 0.15, length * 0.3, girth * 0.5), (0, length * 0.05, z + girth * 0.95))
    a.add(subtract(body, slot), "body", color)
    nose_y = -length / 2 - girth * 0.05
    a.add(
        rod(
            (0, nose_y + girth * 0.3, z),
            (0, nose_y - girth * 0.15, z),
            girth * 0.32,
            a.segments(girth * 0.3),
        ),
        "snout",
        color,
    )
    for sx in (-1, 1):
        a.add(
            sphere(girth * 0.06, 8, (sx * girth * 0.12, nose_y - girth * 0.15, z)),
            "nostril",
            COAL,
            Tier.FIXED,
        )
        a.add(
            sphere(girth * 0.09, 10, (sx * girth * 0.42, -length * 0.38, z + girth * 0.38)),
            "eye",
            COAL,
            Tier.FIXED,
        )
        ear = ellipsoid((girth * 0.22, girth * 0.06, girth * 0.28), 12).rotate((-20, sx * 25, 0))
        a.add(ear.translate((sx * girth * 0.5, -length * 0.25, z + girth * 0.85)), "ear", color)
        for sy in (-1, 1):
            a.add(
                cylinder(
                    girth * 0.2, leg + girth * 0.3, 16, (sx * girth * 0.5, sy * length * 0.25, 0)
                ),
                "leg",
                color,
            )
    tail = [
        (0, length / 2 - 0.005, z + girth * 0.1),
        (0, length / 2 + girth * 0.2, z + girth * 0.2),
        (girth * 0.1, length / 2 + girth * 0.25, z + girth * 0.4),
    ]
    a.add(tube(tail, girth * 0.05, 8), "tail", color)
    if a.maybe("coin", 0.4, "coins", "money"):
        # half dropped in: its lower edge reaches below the slot into the body
        coin = cylinder(girth * 0.3, girth * 0.05, 16, (0, 0, -girth * 0.025)).rotate((0, 90, 0))
        a.add(coin.translate((0, length * 0.05, z + girth * 0.85)), "coin", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "piggy bank",
    build_piggy_bank,
    0.14,
    description="a ceramic pig-shaped money box with a coin slot on its back",
    synonyms=("piggybank", "money box", "coin bank", "savings bank", "money pig"),
    kinds=("ceramic piggy bank", "pink piggy bank", "coin box"),
    parts=("body", "snout", "nostril", "eye", "ear", "leg", "tail", "coin"),
    aliases={"nose": "snout", "legs": "leg", "ears": "ear", "eyes": "eye", "slot": "body"},
)
