"""Stacked snowballs with coal eyes, a carrot nose, buttons, stick arms, a scarf and a hat."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.hats import HAT_STYLES, asked_hat, wear_hat
from meshforge.engines.text.kit.solids import (
    Vec3,
    box,
    on_sphere,
    rod,
    sink_depth,
    sphere,
    torus,
)

SNOW: RGB = (248, 250, 252)


COAL: RGB = (25, 25, 28)


CARROT: RGB = (245, 130, 30)


TWIG: RGB = (95, 65, 40)


TOP_HAT, BEANIE = (next(s for s in HAT_STYLES if s.name == name) for name in ("top hat", "beanie"))
SCARVES: tuple[RGB, ...] = ((200, 35, 40), (40, 110, 60), (40, 80, 170), (240, 180, 40))


def build_snowman(a: Assembly) -> None:
    """Stacked snowballs with coal eyes, a carrot nose, buttons, stick arms, a scarf and a hat."""
    balls = a.count("ball", 3, 2, 4)
    radius, z = a.vary(0.42, 0.1), 0.0
    centers: list[tuple[Vec3, float]] = []
    for i in range(balls):
        if i:
            z += centers[-1][1] * 0.75 + radius * 0.75
        else:
            z = radius * 0.9  # flattened a little where it sits on the ground
        centers.append(((0.0, 0.0, z), radius))
        a.add(sphere(radius, a.segments(radius), (0, 0, z)), "body", SNOW)
        radius *= a.vary(0.72, 0.08)
    head, head_r = centers[-1]
    torso, torso_r = centers[-2]
    _snowman_face(a, head, head_r)
    if a.wants("button"):
        count = a.count("button", 3, 1, 5)
        button_depth = sink_depth(torso_r, a.segments(torso_r), torso_r * 0.08)
        for k in range(count):
            pitch = 35 - 70 * (k + 0.5) / count
            a.add(
                sphere(
                    torso_r * 0.08,
                    a.segments(torso_r * 0.08),
                    on_sphere(
                        torso,
                        torso_r,
                        0,
                        pitch,
                        button_depth,
                    ),
                ),
                "button",
                COAL,
                Tier.FIXED,
            )
    if a.wants("arm"):
        for side in (-1, 1):
            start = (side * torso_r * 0.8, 0.0, torso[2] + torso_r * 0.25)
            end = (
                side * torso_r * 2.0,
                a.between(-0.1, 0.1),
                torso[2] + torso_r * a.between(0.6, 1.0),
            )
            a.add(rod(start, end, 0.022, 8, 0.014), "arm", TWIG, Tier.FIXED)
            finger = (end[0] + side * 0.1, end[1], end[2] + 0.14)
            a.add(
                rod((end[0] - side * 0.08, end[1], end[2] - 0.04), finger, 0.013, 8, 0.008),
                "arm",
                TWIG,
                Tier.FIXED,
            )
    # the crease where head and torso meet: the circle both spheres share
    gap = head[2] - torso[2]
    crease = (gap**2 + torso_r**2 - head_r**2) / (2 * gap)
    neck_z = torso[2] + crease
    if a.maybe("scarf", 0.6):
        # the tube's centre line sits on the head's surface, so the scarf always grips the neck
        ring_r = math.sqrt(max(torso_r**2 - crease**2, 0.0))
        color = a.pick(SCARVES)
        a.add(
            torus(ring_r, head_r * 0.2, a.segments(ring_r), (0, 0, neck_z)),
            "scarf",
            color,
            Tier.SECONDARY,
        )
        tail = box((head_r * 0.3, head_r * 0.12, head_r * 1.2), (0, 0, -head_r * 0.5))
        place = (head_r * 0.45, -ring_r - head_r * 0.1, neck_z)
        a.add(tail.rotate((0, 8, 0)).translate(place), "scarf", color, Tier.SECONDARY)
    if a.wants("hat"):
        _hat(a, head, head_r)


def _snowman_face(a: Assembly, head: Vec3, head_r: float) -> None:
    """Coal eyes, a carrot nose and a coal smile on the front of the head."""
    eye_depth = sink_depth(head_r, a.segments(head_r), head_r * 0.1)
    mouth_depth = sink_depth(head_r, a.segments(head_r), head_r * 0.065)
    for side in (-1, 1):
        a.add(
            sphere(
                head_r * 0.1,
                a.segments(head_r * 0.1),
                on_sphere(
                    head,
                    head_r,
                    side * 22,
                    18,
                    eye_depth,
                ),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
    if a.wants("nose"):
        base = on_sphere(head, head_r, 0, 2, head_r * 0.2)
        tip = on_sphere(head, head_r * a.vary(1.7, 0.15), 0, -4)
        a.add(
            rod(base, tip, head_r * 0.13, a.segments(head_r * 0.13), head_r * 0.01),
            "nose",
            CARROT,
            Tier.FIXED,
        )
    if a.wants("mouth"):
        for k in range(5):
            pitch = -22 - 4 * (2 - abs(k - 2))
            spot = on_sphere(
                head,
                head_r,
                (k - 2) * 12,
                pitch,
                mouth_depth,
            )
            a.add(sphere(head_r * 0.065, 8, spot), "mouth", COAL, Tier.FIXED)


def _hat(a: Assembly, head: Vec3, head_r: float) -> None:
    """The hat the prompt names; else mostly a top hat, sometimes a bobble hat."""
    style = asked_hat(a) or (TOP_HAT if a.chance(0.65) else BEANIE)
    # a jaunty tilt, turned about the hat's own base
    wear_hat(a, head, head_r, style, tilt=a.between(-8, 8))


TEMPLATE = Template(
    "snowman",
    build_snowman,
    1.6,
    description="a figure built from balls of snow",
    synonyms=("snow man", "snowwoman", "frosty"),
    parts=(
        "body",
        "eye",
        "nose",
        "mouth",
        "button",
        "arm",
        "scarf",
        "hat",
        "band",
        "ball",
        "bobble",
        "jewel",
    ),
    aliases={
        "carrot": "nose",
        "snowball": "ball",
        "stick": "arm",
        "coal": "eye",
        "ribbon": "band",
        "beanie": "hat",
        "tophat": "hat",
    },
)
