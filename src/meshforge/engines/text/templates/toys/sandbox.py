"""A sandbox: a square wooden frame with corner seats, full of sand, a bucket and spade in it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism

WOODS: tuple[RGB, ...] = ((190, 145, 95), (160, 115, 70), (120, 160, 90), (60, 120, 180))
SAND: RGB = (230, 205, 150)


def build_sandbox(a: Assembly) -> None:
    """A square wooden frame with corner seats, filled with sand, a bucket and spade in it."""
    wood = a.pick(WOODS)
    side, wall = a.vary(1.5, 0.1), 0.25
    frame = subtract(
        box((side, side, wall), (0, 0, wall / 2)),
        box((side - 0.1, side - 0.1, wall), (0, 0, wall / 2 + 0.05)),
    )
    a.add(frame, "frame", wood)
    for sx, sy in ((-1, -1), (1, 1)):
        seat = face_prism([(0, 0), (0.35, 0), (0, 0.35)], 0.035, 0).rotate((-90, 0, 0))
        seat = seat.rotate((0, 0, 0 if sx < 0 else 180)).translate(
            (sx * side / 2, sy * side / 2, wall)
        )
        a.add(seat, "seat", wood)
    a.add(box((side - 0.08, side - 0.08, wall * 0.6), (0, 0, wall * 0.3)), "sand", SAND, Tier.FIXED)
    mounds = [
        ellipsoid((0.3, 0.25, 0.1), 16, (0.2, 0.15, wall * 0.6)),
        ellipsoid((0.2, 0.25, 0.07), 16, (-0.3, -0.2, wall * 0.6)),
    ]
    for m in mounds:
        a.add(m, "sand", SAND, Tier.FIXED)
    if a.maybe("bucket", 0.8, "pail"):
        bucket = subtract(
            cylinder(0.08, 0.14, 20, (0.35, -0.3, wall * 0.55), 0.1),
            cylinder(0.07, 0.14, 20, (0.35, -0.3, wall * 0.55 + 0.015), 0.09),
        )
        a.add(bucket, "bucket", BRIGHTS, Tier.SECONDARY)
        a.add(
            rod((-0.1, 0.3, wall * 0.6), (0.1, 0.45, wall * 0.6 + 0.22), 0.012, 8),
            "spade",
            BRIGHTS,
            Tier.SECONDARY,
        )
        a.add(box((0.08, 0.02, 0.1), (-0.12, 0.29, wall * 0.6)), "spade", BRIGHTS, Tier.SECONDARY)


TEMPLATE = Template(
    "sandbox",
    build_sandbox,
    0.4,
    description="a children's sandbox: a low wooden frame full of play sand",
    synonyms=("sandpit", "sand box", "sand pit", "sandboxes"),
    parts=("frame", "seat", "sand", "bucket", "spade"),
    aliases={"pail": "bucket", "shovel": "spade", "benches": "seat", "bench": "seat"},
)
