"""A metronome: a tapering wooden pyramid, its front open on a scale, a pendulum with a weight."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, rod

SCALE: RGB = (235, 225, 195)
BRASS: RGB = (200, 160, 70)


def build_metronome(a: Assembly) -> None:
    """A metronome: a pyramid body, a cream scale on its face, the pendulum swung to one side."""
    height = a.vary(0.22, 0.1)
    base_w, base_d = height * 0.52, height * 0.42
    color = a.pick((*WOODS, (30, 30, 34)))
    foot = box((base_w, base_d, 0.012), (0, 0, 0.006))
    tip = box((base_w * 0.18, base_d * 0.3, 0.004), (0, base_d * 0.05, height))
    a.add(Manifold.batch_hull([foot, tip]), "body", color)
    # the scale plate on the sloping front face, then the pendulum in front of it
    slope = math.atan2(base_d * 0.5 - base_d * 0.1, height)
    plate = box((base_w * 0.22, 0.004, height * 0.62), (0, 0, 0)).rotate(
        (-math.degrees(slope), 0, 0)
    )
    mid_z = height * 0.5
    face_y = -(base_d / 2) + (base_d / 2 - base_d * 0.1) * (mid_z / height)
    a.add(plate.translate((0, face_y - 0.0005, mid_z)), "scale", SCALE, Tier.FIXED)
    swing = math.radians(a.between(-20, 20))
    pivot = (0.0, -(base_d / 2) + 0.012, height * 0.12)
    arm = height * 0.9
    top = (pivot[0] + arm * math.sin(swing), pivot[1] - 0.004, pivot[2] + arm * math.cos(swing))
    a.add(rod(pivot, top, 0.0022, 8), "pendulum", (200, 204, 210), Tier.FIXED)
    w = 0.55
    weight_at = tuple(p + (t - p) * w for p, t in zip(pivot, top, strict=True))
    weight = (
        box((0.018, 0.01, 0.014), (0, 0, 0))
        .rotate((0, -math.degrees(swing), 0))
        .translate(weight_at)
    )
    a.add(weight, "weight", BRASS, Tier.FIXED)
    a.add(
        box((base_w * 0.2, 0.02, 0.01), (0, pivot[1] + 0.008, pivot[2])),
        "pendulum",
        BRASS,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "metronome",
    build_metronome,
    0.22,
    description="a metronome: a wooden pyramid with a ticking pendulum that keeps musical time",
    synonyms=("musical metronome", "pendulum metronome", "mechanical metronome"),
    kinds=("piano metronome",),
    parts=("body", "scale", "pendulum", "weight"),
    aliases={"case": "body", "arm": "pendulum", "rod": "pendulum"},
)
