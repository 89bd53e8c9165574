"""A jacket as if worn: a zipped or buttoned body, a collar, long sleeves hanging, pockets."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, CLOTHES, LEATHERS, SILVER
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rounded_box, sphere

COATS: tuple[RGB, ...] = (*CLOTHES, (30, 30, 34), (150, 110, 70))


def build_jacket(a: Assembly) -> None:
    """A jacket as if worn: a zipped or buttoned body, a collar, long sleeves hanging, pockets."""
    leather = a.mentions("leather", "biker")
    color = a.pick(LEATHERS[-2:] if leather else COATS)
    long = a.mentions("coat", "overcoat", "trench", "parka") or a.chance(0.2)
    width, depth = a.vary(0.46, 0.05), a.vary(0.26, 0.06)
    top = 0.68
    bottom = 0.0 if long else 0.22
    a.add(
        rounded_box(
            (width, depth, top - bottom), 0.07, a.segments(0.07), (0, 0, (top + bottom) / 2)
        ),
        "body",
        color,
    )
    front = -depth / 2
    for side in (-1, 1):
        shoulder = (side * (width / 2 - 0.02), 0.0, top - 0.05)
        elbow = (side * (width / 2 + 0.07), 0.0, top - 0.32)
        cuff = (side * (width / 2 + 0.09), -0.05, max(bottom, 0.2) - 0.05 + (0.1 if long else 0.0))
        a.add(sphere(0.07, a.segments(0.07), shoulder), "sleeve", color)
        a.add(capsule(shoulder, elbow, 0.065, a.segments(0.065)), "sleeve", color)
        a.add(capsule(elbow, cuff, 0.065, a.segments(0.065), 0.058), "sleeve", color)
        # the collar: a lapel folded down each side of the neck
        lapel = ellipsoid((0.07, 0.025, 0.11), 16).rotate((0, side * -20, 0))
        lapel = lapel.translate((side * 0.06, front + 0.01, top - 0.05))
        a.add(lapel, "collar", color, Tier.SECONDARY)
        if a.maybe("pocket", 0.8):
            a.add(
                box(
                    (0.11, 0.012, 0.012),
                    (side * width * 0.26, front - 0.002, bottom + (top - bottom) * 0.28),
                ),
                "pocket",
                BLACK,
                Tier.FIXED,
            )
    a.add(
        rounded_box((0.18, depth * 0.8, 0.05), 0.02, 8, (0, 0.01, top + 0.01)),
        "collar",
        color,
        Tier.SECONDARY,
    )
    if a.mentions("button", "buttons", "blazer") or (not leather and a.chance(0.4)):
        for k in range(a.count("button", 3, 1, 6)):
            z = top - 0.14 - k * (top - bottom - 0.2) / 3
            a.add(sphere(0.013, 10, (0.0, front - 0.002, z)), "button", BLACK, Tier.FIXED)
    else:
        a.add(
            box((0.012, 0.01, top - bottom - 0.04), (0, front - 0.002, (top + bottom) / 2)),
            "zipper",
            SILVER,
            Tier.FIXED,
        )
    if a.maybe("hood", 0.2, "hooded", "hoodie"):
        a.add(
            ellipsoid((0.14, 0.11, 0.12), a.segments(0.14), (0, 0.07, top + 0.04)),
            "hood",
            color,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "jacket",
    build_jacket,
    0.75,
    description="a jacket or coat with long sleeves, a collar and a zip or buttons",
    synonyms=(
        "coat",
        "leather jacket",
        "denim jacket",
        "blazer",
        "overcoat",
        "parka",
        "windbreaker",
        "anorak",
        "raincoat",
        "puffer jacket",
        "bomber jacket",
        "trench coat",
        "winter coat",
    ),
    kinds=("biker jacket", "sport coat", "hoodie jacket"),
    not_claimed=("coat rack", "coat hanger", "coat of arms", "lab coat", "life jacket"),
    parts=("body", "sleeve", "collar", "pocket", "button", "zipper", "hood"),
    aliases={
        "sleeves": "sleeve",
        "lapel": "collar",
        "zip": "zipper",
        "buttons": "button",
        "pockets": "pocket",
    },
)
