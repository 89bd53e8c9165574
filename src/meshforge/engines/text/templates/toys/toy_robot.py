"""A tin wind-up toy robot: a boxy painted body, round eyes, an antenna and a key on its back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import (
    box,
    capsule,
    cylinder,
    rod,
    rounded_box,
    sphere,
    torus,
)

TIN: RGB = (195, 200, 208)
EYE: RGB = (250, 220, 60)
DARK: RGB = (35, 35, 38)


def build_toy_robot(a: Assembly) -> None:
    """A tin wind-up toy robot: a boxy painted body, round eyes, an antenna and a key."""
    s = a.vary(0.2, 0.1)
    paint = a.pick(BRIGHTS)
    leg_h = s * 0.28
    body_w, body_d, body_h = s * 0.5, s * 0.32, s * 0.42
    for side in (-1, 1):
        x = side * body_w * 0.25
        a.add(
            box((s * 0.15, s * 0.22, s * 0.06), (x, -s * 0.03, s * 0.03)), "foot", DARK, Tier.FIXED
        )
        a.add(
            box((s * 0.12, s * 0.12, leg_h), (x, 0, leg_h / 2 + s * 0.03)),
            "leg",
            TIN,
            Tier.SECONDARY,
        )
    body_z = leg_h + body_h / 2
    a.add(rounded_box((body_w, body_d, body_h), s * 0.04, 12, (0, 0, body_z)), "body", paint)
    a.add(
        box((body_w * 0.6, 0.004, body_h * 0.45), (0, -body_d / 2, body_z)),
        "panel",
        TIN,
        Tier.SECONDARY,
    )
    for k, color in enumerate(((230, 50, 50), (60, 200, 80), (250, 200, 40))):
        a.add(
            rod(
                ((k - 1) * body_w * 0.15, -body_d / 2, body_z),
                ((k - 1) * body_w * 0.15, -body_d / 2 - 0.006, body_z),
                s * 0.03,
                12,
            ),
            "button",
            color,
            Tier.FIXED,
        )
    for side in (-1, 1):
        shoulder = (side * (body_w / 2 + s * 0.03), 0, body_z + body_h * 0.3)
        hand = (side * (body_w / 2 + s * 0.08), -s * 0.15, body_z - body_h * 0.15)
        a.add(capsule(shoulder, hand, s * 0.045, 12), "arm", TIN, Tier.SECONDARY)
        # pincer hands: an open ring
        a.add(
            torus(s * 0.04, s * 0.014, 12)
            .rotate((90, 0, 0))
            .translate((hand[0], hand[1] - s * 0.02, hand[2] - s * 0.03)),
            "hand",
            DARK,
            Tier.FIXED,
        )
    head_z = leg_h + body_h + s * 0.14
    a.add(
        cylinder(s * 0.06, s * 0.06, 12, (0, 0, leg_h + body_h - 0.005)), "neck", DARK, Tier.FIXED
    )
    a.add(rounded_box((s * 0.36, s * 0.28, s * 0.24), s * 0.04, 12, (0, 0, head_z)), "head", paint)
    for side in (-1, 1):
        a.add(
            rod(
                (side * s * 0.08, -s * 0.13, head_z + s * 0.02),
                (side * s * 0.08, -s * 0.16, head_z + s * 0.02),
                s * 0.045,
                16,
            ),
            "eye",
            EYE,
            Tier.FIXED,
        )
        a.add(
            rod((side * s * 0.17, 0, head_z), (side * s * 0.22, 0, head_z), s * 0.05, 12),
            "ear",
            TIN,
            Tier.SECONDARY,
        )
    a.add(
        box((s * 0.16, 0.006, s * 0.035), (0, -s * 0.14, head_z - s * 0.07)),
        "mouth",
        DARK,
        Tier.FIXED,
    )
    a.add(
        rod((0, 0, head_z + s * 0.11), (0, 0, head_z + s * 0.24), s * 0.012, 8),
        "antenna",
        TIN,
        Tier.SECONDARY,
    )
    a.add(sphere(s * 0.03, 12, (0, 0, head_z + s * 0.25)), "antenna", (230, 50, 50), Tier.FIXED)
    if a.wants("key"):
        back = body_d / 2
        a.add(
            rod((0, back, body_z), (0, back + s * 0.08, body_z), s * 0.015, 8),
            "key",
            TIN,
            Tier.SECONDARY,
        )
        for side in (-1, 1):
            a.add(
                torus(s * 0.05, s * 0.014, 12)
                .rotate((90, 0, 0))
                .translate((side * s * 0.05, back + s * 0.09, body_z)),
                "key",
                TIN,
                Tier.SECONDARY,
            )


TEMPLATE = Template(
    "toy robot",
    build_toy_robot,
    0.25,
    description="a small tin wind-up toy robot with a boxy body, round eyes and a key in its back",
    synonyms=(
        "tin robot",
        "wind up robot",
        "windup robot",
        "robot toy",
        "wind-up robot",
        "tin toy robot",
        "retro toy robot",
    ),
    kinds=("clockwork robot", "kids robot toy"),
    parts=(
        "body",
        "head",
        "eye",
        "arm",
        "hand",
        "leg",
        "foot",
        "panel",
        "button",
        "antenna",
        "ear",
        "mouth",
        "neck",
        "key",
    ),
    aliases={
        "eyes": "eye",
        "arms": "arm",
        "legs": "leg",
        "chest": "panel",
        "winder": "key",
        "wind up key": "key",
    },
)
