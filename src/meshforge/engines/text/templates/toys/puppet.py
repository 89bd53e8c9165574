"""A hand puppet: a felt glove flaring to an open hem, a big round head with button eyes, arms."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import HAIRS, SKINS
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import (
    capsule,
    cylinder,
    ellipsoid,
    lathe,
    on_sphere,
    sphere,
    union,
)
from meshforge.engines.text.kit.sweeps import hoop

FELT_EYE: RGB = (245, 245, 240)
PUPIL: RGB = (25, 25, 28)
#: felt colours, none of them white, so that the glove never looks like a snowman
FELTS: tuple[RGB, ...] = (*tuple(c for c in BRIGHTS if min(c) < 200), (130, 60, 160))
NOSES: tuple[RGB, ...] = ((215, 60, 60), (230, 120, 110), (160, 90, 60))


def build_puppet(a: Assembly) -> None:
    """A hand puppet: a felt glove flaring to an open hem, a big head with felt eyes, arms."""
    height = a.vary(0.26, 0.08)
    hem_r = height * a.between(0.36, 0.44)
    shoulder_z = height * 0.72
    color = a.pick(FELTS)
    glove = lathe(
        [
            (0.0, 0.0),
            (hem_r, 0.0),
            (hem_r * 0.92, height * 0.08),
            (hem_r * 0.62, height * 0.4),
            (hem_r * 0.55, shoulder_z - height * 0.04),
            (hem_r * 0.3, shoulder_z + height * 0.02),
            (0.0, shoulder_z + height * 0.02),
        ],
        a.segments(hem_r),
    )
    a.add(glove.scale((1.0, 0.8, 1.0)), "body", color)
    # where the hand goes in: a dark disc just under the hem
    opening = cylinder(hem_r * 0.85, 0.004, a.segments(hem_r), (0, 0, -0.002))
    a.add(opening.scale((1.0, 0.8, 1.0)), "lining", (40, 36, 34), Tier.FIXED)
    if a.maybe("collar", 0.6, "ruff", "frill"):
        a.add(
            hoop(hem_r * 0.32, height * 0.03, a.segments(hem_r), (0, 0, shoulder_z)),
            "collar",
            a.pick(BRIGHTS),
            Tier.SECONDARY,
        )
    head_r = height * a.between(0.2, 0.24)
    head = (0.0, 0.0, shoulder_z + head_r * 0.9)
    seg = a.segments(head_r)
    a.add(sphere(head_r, seg, head), "head", a.pick((*SKINS, *FELTS)), Tier.SECONDARY)
    for side in (-1, 1):
        white = on_sphere(head, head_r, side * 24, 12, head_r * 0.08)
        a.add(sphere(head_r * 0.26, 16, white), "eye", FELT_EYE, Tier.FIXED)
        pupil = on_sphere(head, head_r * 1.2, side * 22, 10, head_r * 0.05)
        a.add(sphere(head_r * 0.11, 12, pupil), "pupil", PUPIL, Tier.FIXED)
    nose = on_sphere(head, head_r, 0, -12, head_r * 0.05)
    a.add(sphere(head_r * 0.16, 16, nose), "nose", a.pick(NOSES), Tier.FIXED)
    mouth = ellipsoid(
        (head_r * 0.3, head_r * 0.08, head_r * 0.06),
        16,
        on_sphere(head, head_r, 0, -40, head_r * 0.07),
    )
    a.add(mouth, "mouth", (150, 40, 45), Tier.FIXED)
    if a.maybe("hair", 0.7, "yarn", "wig"):
        # a mop of yarn: tufts round the crown
        tufts = [
            sphere(head_r * 0.32, 12, on_sphere(head, head_r, yaw, pitch, head_r * 0.12))
            for yaw, pitch in ((0, 70), (-60, 45), (60, 45), (-150, 50), (150, 50), (180, 75))
        ]
        a.add(union(tufts), "hair", a.pick((*HAIRS, (240, 140, 40), (230, 60, 60))), Tier.FIXED)
    arm_r = height * 0.05
    for side in (-1, 1):
        shoulder = (side * hem_r * 0.45, 0.0, shoulder_z - height * 0.05)
        hand = (side * hem_r * 1.05, -height * 0.05, shoulder_z + height * 0.08)
        a.add(capsule(shoulder, hand, arm_r, a.segments(arm_r)), "arm", color)
        a.add(sphere(arm_r * 1.35, a.segments(arm_r), hand), "hand", a.pick(SKINS), Tier.FIXED)


TEMPLATE = Template(
    "puppet",
    build_puppet,
    0.4,
    description="a soft glove puppet with a big head and little arms, worked by a hand inside",
    synonyms=("hand puppet", "glove puppet", "felt puppet", "muppet", "punch and judy puppet"),
    parts=("body", "collar", "head", "eye", "pupil", "nose", "mouth", "hair", "arm", "hand"),
    aliases={
        "eyes": "eye",
        "arms": "arm",
        "hands": "hand",
        "glove": "body",
        "ruff": "collar",
        "frill": "collar",
    },
)
