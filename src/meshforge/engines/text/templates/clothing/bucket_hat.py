"""A bucket hat: a soft round crown, flat on top, and a short brim sloping down all round."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, torus, union, vessel

FABRICS: tuple[RGB, ...] = (
    (200, 185, 150),
    (40, 40, 44),
    (90, 110, 70),
    (60, 90, 150),
    (235, 232, 220),
    (200, 70, 60),
)
STITCH: RGB = (230, 225, 210)


def build_bucket_hat(a: Assembly) -> None:
    """A bucket hat: a tapered crown with a flat, rounded top, a sloping brim, stitched rings."""
    r = a.vary(0.095, 0.06)
    crown_h = r * a.between(0.75, 0.95)
    brim_w, droop = r * a.between(0.45, 0.65), r * a.between(0.28, 0.45)
    # built upside down as an open pot (flat top as its floor, brim as its flared rim), then
    # turned over: the brim's edge rests on the ground, the crown stands above it
    top_r = r * 0.86
    height = crown_h + droop
    outline = [
        (top_r - r * 0.15, 0.0),
        (top_r - r * 0.03, r * 0.04),
        (top_r, r * 0.12),
        (r, crown_h),
        (r + brim_w * 0.5, crown_h + droop * 0.6),
        (r + brim_w, height),
    ]
    color = a.pick(FABRICS)
    hat = vessel(outline, 0.008, 0.005, a.segments(r + brim_w))
    a.add(hat.mirror((0, 0, 1)).translate((0, 0, height)), "hat", color)
    if a.maybe("stitching", 0.7, "stitched", "stitching"):
        seg = a.segments(r + brim_w)
        rings = []
        # the brim's upper surface: the outline turned over, read outward from the crown
        radii = [radius for radius, _ in outline[3:]]
        heights = [height - z for _, z in outline[3:]]
        for k in range(1, 4):  # rows of stitching round the brim, just proud of it
            f = k / 4.0
            rr = r + brim_w * f
            z = float(np.interp(rr, radii, heights))
            rings.append(torus(rr, 0.0012, seg, (0, 0, z)))
        a.add(union(rings), "stitching", STITCH, Tier.SECONDARY)
    if a.maybe("band", 0.35, "band", "ribbon"):
        band = cylinder(
            r + 0.0015, crown_h * 0.2, a.segments(r), (0, 0, droop + 0.002), r * 0.985 + 0.0015
        )
        a.add(band, "band", (30, 30, 34), Tier.SECONDARY)


TEMPLATE = Template(
    "bucket hat",
    build_bucket_hat,
    0.1,
    description="a bucket hat: a soft cotton hat, a flat-topped crown, a downward sloping brim",
    synonyms=("fishing hat", "fisherman hat", "boonie hat", "bush hat"),
    kinds=("festival hat", "rain hat", "gardening hat", "safari hat", "cotton bucket hat"),
    parts=("hat", "stitching", "band"),
    aliases={
        "brim": "hat",
        "crown": "hat",
        "stitches": "stitching",
        "ribbon": "band",
        "hatband": "band",
    },
)
