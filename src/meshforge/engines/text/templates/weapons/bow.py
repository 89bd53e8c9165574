"""A bow standing upright: two curved limbs from a wrapped grip, a string, maybe an arrow."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, IVORY, LEATHERS, WOODS, front_plate
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.sweeps import tube


def build_bow(a: Assembly) -> None:
    """A bow standing upright: two curved limbs from a wrapped grip, a string, maybe an arrow."""
    recurve = a.mentions("recurve", "compound", "olympic") or a.chance(0.5)
    height = a.vary(1.5 if a.mentions("long", "longbow") else 1.25, 0.08)
    half = height / 2
    depth = half * a.between(0.24, 0.3)
    limb = 0.014
    grip_x = -depth
    color = a.pick(WOODS)
    tips = []
    for side in (-1, 1):
        path = [
            (grip_x, 0.0, half),
            (grip_x + depth * 0.12, 0.0, half + side * half * 0.35),
            (grip_x + depth * 0.55, 0.0, half + side * half * 0.75),
            (0.0, 0.0, half + side * half * 0.97),
        ]
        if recurve:
            path.append((-depth * 0.12, 0.0, half + side * half))
        a.add(tube(path, limb * 1.3, a.segments(limb * 2), limb * 0.55), "limb", color)
        tips.append(path[-1])
    a.add(
        capsule(
            (grip_x, 0, half - 0.07), (grip_x, 0, half + 0.07), limb * 1.7, a.segments(limb * 2)
        ),
        "grip",
        a.pick(LEATHERS),
        Tier.SECONDARY,
    )
    top, bottom = tips[1], tips[0]
    if a.wants("string"):
        a.add(
            rod((top[0] + 0.004, 0, top[2]), (bottom[0] + 0.004, 0, bottom[2]), 0.0025, 8),
            "string",
            IVORY,
            Tier.FIXED,
        )
    if a.maybe("arrow", 0.4, "arrows", "nocked", "drawn"):
        nock_x = top[0] + 0.004
        length = height * 0.56
        shaft = rod((nock_x, 0, half), (nock_x - length, 0, half), 0.004, 8)
        a.add(shaft, "arrow", a.pick(WOODS), Tier.FIXED)
        head = front_plate([(0.0, -0.012), (-0.045, 0.0), (0.0, 0.012)], 0.003)
        a.add(head.translate((nock_x - length, 0, half)), "arrowhead", DARK_STEEL, Tier.FIXED)
        for tilt in (-1, 1):
            vane = front_plate(
                [(0.0, 0.0), (-0.09, 0.0), (-0.075, tilt * 0.018), (-0.01, tilt * 0.02)], 0.0015
            )
            a.add(vane.translate((nock_x - 0.01, 0, half)), "fletching", (200, 40, 40), Tier.FIXED)


TEMPLATE = Template(
    "bow",
    build_bow,
    1.3,
    description="a curved wooden weapon with a taut string for shooting arrows",
    synonyms=("longbow", "recurve bow", "bow and arrow", "archery bow", "hunting bow"),
    kinds=("compound bow", "elven bow", "shortbow"),
    not_claimed=("bow tie", "hair bow", "ribbon bow", "violin bow"),
    parts=("limb", "grip", "string", "arrow", "arrowhead", "fletching"),
    aliases={"handle": "grip", "feather": "fletching", "tip": "arrowhead"},
)
