"""A boxy robot: legs, a torso with a control panel, jointed arms, a head with an antenna."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, rounded_box, sphere

METALS: tuple[RGB, ...] = ((175, 180, 188), (200, 205, 210), (90, 130, 180), (220, 220, 215))


JOINT: RGB = (60, 62, 68)


GLOW: RGB = (90, 220, 255)


def build_robot(a: Assembly) -> None:
    """A boxy robot: legs, a torso with a control panel, jointed arms, a head with an antenna."""
    metal = a.pick(METALS)
    scale = a.vary(1.0, 0.08)
    leg_h, torso_h = 0.5 * scale * a.vary(1.0, 0.1), 0.55 * scale
    torso_w, torso_d = 0.55 * scale * a.vary(1.0, 0.1), 0.35 * scale
    for side in (-1, 1):
        x = side * torso_w * 0.27
        a.add(
            box((0.16 * scale, 0.26 * scale, 0.08 * scale), (x, -0.04 * scale, 0.04 * scale)),
            "foot",
            JOINT,
            Tier.FIXED,
        )
        a.add(
            # legs reach 5 cm into the torso: touching faces alone would not join them
            box((0.12 * scale, 0.14 * scale, leg_h + 0.05), (x, 0, leg_h / 2 + 0.075 * scale)),
            "leg",
            metal,
        )
    hips = leg_h + 0.05 * scale
    torso_c = (0.0, 0.0, hips + torso_h / 2)
    a.add(
        rounded_box((torso_w, torso_d, torso_h), 0.05 * scale, a.segments(0.05 * scale), torso_c),
        "body",
        metal,
    )
    panel = box(
        (torso_w * 0.55, 0.03, torso_h * 0.45), (0, -torso_d / 2, torso_c[2] + torso_h * 0.05)
    )
    a.add(panel, "panel", JOINT, Tier.SECONDARY)
    for k, light in enumerate(((230, 50, 50), (60, 200, 80), (250, 200, 40))):
        x = (k - 1) * torso_w * 0.15
        knob = rod(
            (x, -torso_d / 2 - 0.01, torso_c[2] + 0.04),
            (x, -torso_d / 2 - 0.035, torso_c[2] + 0.04),
            0.03 * scale,
            12,
        )
        a.add(knob, "button", light, Tier.FIXED)
    shoulder_z = hips + torso_h * 0.85
    for side in (-1, 1):
        shoulder = (side * (torso_w / 2 + 0.04 * scale), 0.0, shoulder_z)
        a.add(sphere(0.07 * scale, a.segments(0.07 * scale), shoulder), "joint", JOINT, Tier.FIXED)
        elbow = (side * (torso_w / 2 + 0.1 * scale), -0.05 * scale, shoulder_z - 0.25 * scale)
        hand = (
            side * (torso_w / 2 + 0.1 * scale),
            -0.25 * scale * a.between(0.3, 1.0),
            shoulder_z - 0.45 * scale,
        )
        a.add(capsule(shoulder, elbow, 0.045 * scale, a.segments(0.045 * scale)), "arm", metal)
        a.add(capsule(elbow, hand, 0.04 * scale, a.segments(0.04 * scale)), "arm", metal)
        a.add(sphere(0.06 * scale, a.segments(0.06 * scale), hand), "hand", JOINT, Tier.FIXED)
    neck_top = hips + torso_h + 0.06 * scale
    a.add(
        cylinder(0.06 * scale, neck_top - hips - torso_h + 0.02, 16, (0, 0, hips + torso_h - 0.01)),
        "joint",
        JOINT,
        Tier.FIXED,
    )
    head_w, head_h = 0.34 * scale * a.vary(1.0, 0.12), 0.26 * scale * a.vary(1.0, 0.12)
    head_c = (0.0, 0.0, neck_top + head_h / 2)
    a.add(
        rounded_box((head_w, 0.26 * scale, head_h), 0.04 * scale, a.segments(0.04 * scale), head_c),
        "head",
        metal,
    )
    for side in (-1, 1):
        eye = (side * head_w * 0.22, -0.12 * scale, head_c[2] + head_h * 0.1)
        a.add(
            rod(
                eye,
                (eye[0], eye[1] - 0.03 * scale, eye[2]),
                0.035 * scale,
                a.segments(0.035 * scale),
            ),
            "eye",
            GLOW,
            Tier.FIXED,
        )
    a.add(
        box((head_w * 0.45, 0.03, head_h * 0.12), (0, -0.125 * scale, head_c[2] - head_h * 0.25)),
        "mouth",
        JOINT,
        Tier.FIXED,
    )
    if a.wants("antenna"):
        top = neck_top + head_h
        a.add(
            rod((0, 0, top - 0.01), (0, 0, top + 0.15 * scale), 0.01 * scale, 8),
            "antenna",
            JOINT,
            Tier.FIXED,
        )
        a.add(
            sphere(0.03 * scale, 12, (0, 0, top + 0.15 * scale)),
            "antenna",
            (230, 50, 50),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "robot",
    build_robot,
    1.4,
    description="a humanoid machine",
    synonyms=("android", "droid", "mech", "automaton", "cyborg"),
    kinds=("mecha", "terminator", "gundam", "robo"),
    parts=(
        "body",
        "head",
        "arm",
        "leg",
        "foot",
        "hand",
        "joint",
        "panel",
        "button",
        "eye",
        "mouth",
        "antenna",
    ),
    aliases={"torso": "body", "chest": "panel", "feet": "foot", "light": "eye"},
)
