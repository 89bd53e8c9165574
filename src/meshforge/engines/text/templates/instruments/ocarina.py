"""An ocarina: a clay body like a sweet potato, a mouthpiece, finger holes on top."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, subtract, union
from meshforge.engines.text.kit.sweeps import hoop

#: terracotta, glazed blue, celadon, black and white ceramic
CLAYS: tuple[RGB, ...] = (
    (190, 100, 60),
    (60, 90, 170),
    (140, 175, 150),
    (35, 35, 38),
    (235, 232, 222),
    (120, 70, 140),
)
HOLE: RGB = (30, 24, 22)


def build_ocarina(a: Assembly) -> None:
    """An ocarina: a clay body like a sweet potato, a mouthpiece, finger holes on top."""
    length = a.vary(0.15, 0.12)
    half = length / 2
    width, height = length * 0.4, length * 0.3
    seg = a.segments(width)
    color = a.pick(CLAYS)
    # two overlapping eggs, the thicker towards the mouthpiece, make the sweet-potato curve
    body = Manifold.batch_hull(
        [
            ellipsoid((half * 0.55, width / 2, height / 2), seg, (-half * 0.35, 0, height / 2)),
            ellipsoid(
                (half * 0.5, width * 0.42, height * 0.42),
                seg,
                (half * 0.4, width * 0.08, height * 0.45),
            ),
        ]
    )
    # the mouthpiece: a flattened duct sticking out of the broad end
    mouth_start = (-half * 0.6, 0.0, height * 0.55)
    mouth_end = (-half * 1.05, 0.0, height * 0.62)
    duct = capsule(mouth_start, mouth_end, height * 0.2, 16).scale((1.0, 1.6, 0.7))
    duct = duct.translate((0.0, 0.0, height * 0.2))
    window = box((width * 0.3, width * 0.35, height * 0.18), (-half * 0.58, 0, height * 0.98))
    a.add(subtract(union([body, duct]), window), "body", color)
    # finger holes: four for each hand along the top, two thumb holes underneath are hidden
    holes = []
    for k in range(a.count("hole", 8, 4, 12)):
        side = -1 if k % 2 == 0 else 1
        x = -half * 0.25 + (k // 2) * half * 0.28
        y = side * width * (0.2 + 0.05 * math.sin(k))
        holes.append(
            rod(
                (x, y, height * 0.8),
                (x, y, height * 1.2),
                length * 0.022 if k < 6 else length * 0.016,
                10,
            )
        )
    a.add(skin(body, union(holes), 0.0015), "hole", HOLE, Tier.FIXED)
    a.add(
        box((width * 0.28, width * 0.33, height * 0.04), (-half * 0.58, 0, height * 0.9)),
        "hole",
        HOLE,
        Tier.FIXED,
    )
    if a.maybe("cord", 0.3, "pendant", "necklace", "string"):
        loop = hoop(length * 0.07, length * 0.012, 16).rotate((90, 0, 0))
        a.add(
            loop.translate((half * 0.95, 0.0, height * 0.55)), "cord", (190, 40, 40), Tier.SECONDARY
        )


TEMPLATE = Template(
    "ocarina",
    build_ocarina,
    0.05,
    description="a small egg-shaped ceramic wind instrument with finger holes and a mouthpiece",
    synonyms=("clay ocarina", "ceramic ocarina", "sweet potato flute", "vessel flute"),
    parts=("body", "hole", "cord"),
    aliases={"holes": "hole", "mouthpiece": "body", "clay": "body", "string": "cord"},
)
