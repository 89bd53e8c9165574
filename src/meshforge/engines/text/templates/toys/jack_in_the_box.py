"""A jack-in-the-box: a painted box with a crank, its lid thrown back, a clown on a spring."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import SKINS
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import (
    Vec3,
    box,
    capsule,
    cylinder,
    on_sphere,
    rod,
    sphere,
)
from meshforge.engines.text.kit.sweeps import hoop, tube

RED_NOSE: RGB = (220, 30, 35)


def build_jack_in_the_box(a: Assembly) -> None:
    """A jack-in-the-box: a painted box with a crank, its lid thrown back, a clown on a spring."""
    side = a.vary(0.14, 0.1)
    color = a.pick(BRIGHTS)
    trim = a.pick([c for c in BRIGHTS if c != color])
    a.add(box((side, side, side), (0, 0, side / 2)), "box", color)
    # a contrasting panel on each face
    for axis in range(2):
        panel = box(
            (side * 1.02, side * 0.7, side * 0.7)
            if axis == 0
            else (side * 0.7, side * 1.02, side * 0.7),
            (0, 0, side / 2),
        )
        a.add(panel, "panel", trim, Tier.SECONDARY)
    # the lid, hinged at the back edge and thrown back past upright
    lid = box((side, side, side * 0.06), (0, -side / 2, side * 0.03)).rotate((-110, 0, 0))
    # hinged a little inside the back edge, so that lid and box are one piece
    a.add(lid.translate((0, side * 0.47, side * 0.98)), "lid", color)
    # the crank on the right side
    hub = (side / 2, 0.0, side * 0.5)
    a.add(rod(hub, (hub[0] + side * 0.08, 0, hub[2]), side * 0.03, 10), "crank", SILVER, Tier.FIXED)
    arm_end = (hub[0] + side * 0.08, 0.0, hub[2] - side * 0.2)
    a.add(
        rod((hub[0] + side * 0.07, 0, hub[2]), arm_end, side * 0.02, 8), "crank", SILVER, Tier.FIXED
    )
    a.add(
        capsule(arm_end, (arm_end[0] + side * 0.12, 0, arm_end[2]), side * 0.03, 10),
        "crank",
        (200, 40, 40),
        Tier.FIXED,
    )
    # the spring: a coil rising out of the open box
    rise = side * a.between(0.9, 1.2)
    coil_r = side * 0.18
    turns = 6
    points: list[Vec3] = [
        (coil_r * math.cos(t), coil_r * math.sin(t), side * 0.8 + rise * t / (turns * 2 * math.pi))
        for t in (k * math.pi / 4 for k in range(turns * 8 + 1))
    ]
    a.add(tube(points, side * 0.018, 8), "spring", SILVER, Tier.FIXED)
    neck_z = side * 0.8 + rise
    # the clown: a ruff, a round face with a red nose, a pointed hat with a pompom
    # a plate on the spring's last turn carries the head
    a.add(
        cylinder(side * 0.2, side * 0.03, 24, (0, 0, neck_z - side * 0.02)),
        "ruff",
        (245, 245, 240),
        Tier.FIXED,
    )
    ruff = hoop(side * 0.2, side * 0.06, 24, (0, 0, neck_z))
    a.add(ruff.scale((1.0, 1.0, 0.8)), "ruff", a.pick(BRIGHTS), Tier.FIXED)
    head_r = side * 0.25
    head: Vec3 = (0.0, 0.0, neck_z + head_r * 0.6)
    seg = a.segments(head_r)
    a.add(sphere(head_r, seg, head), "head", a.pick((*SKINS[:2], (245, 245, 240))), Tier.FIXED)
    a.add(
        sphere(head_r * 0.22, 16, on_sphere(head, head_r, 0, -5, head_r * 0.05)),
        "nose",
        RED_NOSE,
        Tier.FIXED,
    )
    for s in (-1, 1):
        a.add(
            sphere(head_r * 0.1, 10, on_sphere(head, head_r, s * 28, 18, head_r * 0.04)),
            "eye",
            (25, 25, 28),
            Tier.FIXED,
        )
        a.add(
            sphere(head_r * 0.14, 10, on_sphere(head, head_r, s * 45, -15, head_r * 0.06)),
            "cheek",
            (235, 120, 130),
            Tier.FIXED,
        )
    if a.wants("hat"):
        hat_base = head[2] + head_r * 0.7
        a.add(
            cylinder(head_r * 0.7, head_r * 1.3, seg, (0, 0, hat_base), top_radius=head_r * 0.05),
            "hat",
            trim,
            Tier.FIXED,
        )
        a.add(
            sphere(head_r * 0.18, 12, (0, 0, hat_base + head_r * 1.35)),
            "pompom",
            (245, 245, 240),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "jack in the box",
    build_jack_in_the_box,
    0.35,
    description="a toy box with a crank from which a clown on a spring pops up",
    synonyms=(
        # no "jack in a box": a prompt reaches this template by embedding, its articles dropped
        # ("jack in box"), and that spelling would be nearer than the name it is matched by
        "jack-in-the-box",
        "jackinthebox",
        "pop up clown box",
    ),
    parts=(
        "box",
        "panel",
        "lid",
        "crank",
        "spring",
        "ruff",
        "head",
        "nose",
        "eye",
        "cheek",
        "hat",
        "pompom",
    ),
    aliases={
        "handle": "crank",
        "clown": "head",
        "face": "head",
        "collar": "ruff",
        "coil": "spring",
    },
)
