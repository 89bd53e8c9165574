"""A bucket: a tapered pail with a rolled rim and a wire bail handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, vessel
from meshforge.engines.text.kit.sweeps import hoop, tube

PAILS: tuple[RGB, ...] = (
    (200, 203, 208),
    (220, 50, 40),
    (60, 110, 190),
    (245, 200, 40),
    (70, 150, 80),
)
WATER: RGB = (90, 150, 210)


def build_bucket(a: Assembly) -> None:
    """A bucket: a tapered pail with a rolled rim and a wire bail handle."""
    top_r, h = a.vary(0.15, 0.08), a.vary(0.28, 0.1)
    low_r = top_r * a.between(0.72, 0.85)
    color = a.pick(PAILS)
    a.add(vessel([(low_r, 0.0), (top_r, h)], 0.004, 0.008, a.segments(top_r)), "pail", color)
    a.add(hoop(top_r, 0.006, a.segments(top_r), (0, 0, h)), "pail", color)
    for z in (h * 0.3, h * 0.65):
        a.add(
            hoop(low_r + (top_r - low_r) * z / h + 0.001, 0.003, a.segments(top_r), (0, 0, z)),
            "pail",
            color,
        )
    if a.maybe("water", 0.0, "full", "filled"):
        a.add(
            cylinder(
                low_r,
                h * 0.7,
                a.segments(top_r),
                (0, 0, 0.004),
                low_r + (top_r - low_r) * 0.7 - 0.002,
            ),
            "water",
            WATER,
            Tier.FIXED,
        )
    if a.wants("handle"):
        ear_z = h * 0.85
        ear_x = low_r + (top_r - low_r) * 0.85
        for side in (-1, 1):
            a.add(
                rod(
                    (side * (ear_x - 0.005), 0, ear_z), (side * (ear_x + 0.012), 0, ear_z), 0.01, 8
                ),
                "handle",
                (60, 60, 64),
                Tier.FIXED,
            )
        tilt = a.between(-0.5, 0.5)
        arch = [
            (-ear_x - 0.008, 0, ear_z),
            (-ear_x * 0.8, tilt * 0.08, ear_z + h * 0.35),
            (0, tilt * 0.12, ear_z + h * 0.55),
            (ear_x * 0.8, tilt * 0.08, ear_z + h * 0.35),
            (ear_x + 0.008, 0, ear_z),
        ]
        a.add(tube(arch, 0.003, 8), "handle", (60, 60, 64), Tier.FIXED)


TEMPLATE = Template(
    "bucket",
    build_bucket,
    0.3,
    description="a metal or plastic pail with a wire handle",
    synonyms=("pail", "bucket of water", "water bucket", "mop bucket", "metal bucket"),
    kinds=("sand bucket", "ice bucket", "milk pail"),
    parts=("pail", "handle", "water"),
    aliases={"bail": "handle", "body": "pail"},
)
