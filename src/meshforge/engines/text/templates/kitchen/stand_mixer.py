"""A stand mixer: a tilt-head motor arm on a column over a steel bowl, a beater hanging into it."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME, SMALL_APPLIANCES
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rod, rounded_box, sphere, vessel


def build_stand_mixer(a: Assembly) -> None:
    """A stand mixer: a tilt-head motor arm on a column over a steel bowl, a beater inside it."""
    width, depth = a.vary(0.2, 0.08), a.vary(0.34, 0.08)
    head_z, head_r = a.vary(0.3, 0.08), a.vary(0.075, 0.1)
    shell = a.pick(SMALL_APPLIANCES)
    # hulls cost grows with their inputs' vertices: modest spheres are enough under a hull
    round_segments = min(a.segments(head_r), 40)
    back_y = depth / 2 - 0.06
    foot = rounded_box((width * 0.75, depth, 0.045), 0.018, a.segments(0.02), (0, 0, 0.0225))
    column = Manifold.batch_hull(
        [
            ellipsoid((width * 0.36, 0.07, 0.03), 24, (0, back_y, 0.04)),
            ellipsoid((width * 0.3, 0.06, 0.03), 24, (0, back_y, head_z - 0.02)),
        ]
    )
    # the head: a rounded arm that swells at the back over the column and noses down at the front
    head = Manifold.batch_hull(
        [
            sphere(head_r, round_segments, (0, back_y, head_z)),
            ellipsoid(
                (head_r * 0.75, head_r * 0.8, head_r * 0.7),
                round_segments,
                (0, -depth * 0.3, head_z - 0.01),
            ),
        ]
    )
    for solid in (foot, column, head):
        a.add(solid, "body", shell)
    bowl_r, bowl_h = width * a.between(0.5, 0.56), head_z * 0.45
    bowl_y = -depth * 0.12
    bowl = vessel(
        [(bowl_r * 0.45, 0.0), (bowl_r * 0.92, bowl_h * 0.45), (bowl_r, bowl_h)],
        0.003,
        0.006,
        a.segments(bowl_r),
    )
    a.add(bowl.translate((0, bowl_y, 0.04)), "bowl", CHROME, Tier.SECONDARY)
    # the beater: a shaft from the head's underside and a flat paddle in the bowl
    hub_z = head_z - head_r * 0.7
    shaft = rod((0, bowl_y, hub_z + 0.02), (0, bowl_y, 0.04 + bowl_h * 0.55), 0.007, 10)
    paddle = ellipsoid((0.035, 0.006, 0.05), 12, (0, bowl_y, 0.05 + bowl_h * 0.35))
    a.add(shaft, "beater", CHROME, Tier.FIXED)
    a.add(paddle, "beater", CHROME, Tier.FIXED)
    if a.wants("knob"):
        lever = capsule(
            (width * 0.28, back_y + 0.01, head_z - 0.02),
            (width * 0.36, back_y - 0.03, head_z - 0.02),
            0.007,
            10,
        )
        a.add(lever, "knob", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "stand mixer",
    build_stand_mixer,
    0.36,
    description="a kitchen stand mixer: a tilting motor head on a column over a steel mixing bowl",
    synonyms=("kitchen mixer", "food mixer", "cake mixer", "electric mixer", "kitchenaid", "mixer"),
    not_claimed=("hand mixer", "cement mixer", "concrete mixer", "sound mixer"),
    parts=("body", "bowl", "beater", "knob"),
    aliases={
        "head": "body",
        "base": "body",
        "paddle": "beater",
        "whisk": "beater",
        "lever": "knob",
    },
)
