"""A fanny pack: a curved zipped pouch on a belt strap looped behind it, a buckle."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid
from meshforge.engines.text.kit.sweeps import tube

FABRICS: tuple[RGB, ...] = (
    (35, 35, 40),
    (200, 60, 70),
    (60, 110, 180),
    (90, 120, 80),
    (240, 150, 60),
    (150, 90, 170),
)
STRAP: RGB = (30, 30, 34)
ZIP: RGB = (20, 20, 22)
BUCKLE: RGB = (25, 25, 28)


def build_fanny_pack(a: Assembly) -> None:
    """A fanny pack: a banana-curved pouch, a zip along its top, the strap looped round behind."""
    width, height, depth = a.vary(0.3, 0.12), a.vary(0.13, 0.12), a.vary(0.075, 0.15)
    z = height / 2 + 0.005
    # the pouch: three soft lumps hulled, the ends swept back so it curves like a banana
    curve = depth * 0.5
    lumps = [
        ellipsoid((width * 0.16, depth * 0.42, height * 0.42), 20, (-width * 0.33, curve, z)),
        ellipsoid((width * 0.3, depth * 0.5, height * 0.5), 24, (0, 0, z)),
        ellipsoid((width * 0.16, depth * 0.42, height * 0.42), 20, (width * 0.33, curve, z)),
    ]
    left = Manifold.batch_hull(lumps[:2])
    right = Manifold.batch_hull(lumps[1:])
    color = a.pick(FABRICS)
    a.add(left + right, "pouch", color)
    if a.wants("zip"):
        zip_path = [
            (-width * 0.4, curve - depth * 0.05, z + height * 0.16),
            (-width * 0.18, -depth * 0.22, z + height * 0.33),
            (width * 0.18, -depth * 0.22, z + height * 0.33),
            (width * 0.4, curve - depth * 0.05, z + height * 0.16),
        ]
        a.add(tube(zip_path, 0.0035, 8), "zip", ZIP, Tier.FIXED)
        a.add(
            box((0.012, 0.008, 0.03), (width * 0.12, -depth * 0.3, z + height * 0.2)),
            "zip",
            ZIP,
            Tier.FIXED,
        )
    if a.maybe("pocket", 0.6, "pocket"):
        pocket = ellipsoid(
            (width * 0.22, depth * 0.2, height * 0.24), 20, (0, -depth * 0.38, z - height * 0.08)
        )
        a.add(pocket, "pocket", color, Tier.PRIMARY)
    if a.wants("strap"):
        # the belt leaves both ends of the pouch and closes in a loop behind it, lying flat
        loop_r = a.vary(0.17, 0.1)
        strap_z = z
        cy = curve + loop_r * 0.85
        points = []
        for k in range(25):
            t = -math.pi / 2 + 2 * math.pi * k / 24
            points.append((loop_r * 1.1 * math.cos(t), cy + loop_r * math.sin(t) * 0.95, strap_z))
        a.add(tube(points, 0.01, 8), "strap", STRAP, Tier.SECONDARY)
        a.add(
            box((0.05, 0.03, 0.022), (0, cy + loop_r * 0.95, strap_z)), "buckle", BUCKLE, Tier.FIXED
        )


TEMPLATE = Template(
    "fanny pack",
    build_fanny_pack,
    0.13,
    description="a fanny pack: a small zipped pouch worn on a belt round the waist",
    synonyms=("bum bag", "belt bag", "waist bag", "waist pack", "hip pack", "bumbag", "fannypack"),
    kinds=("hip bag", "running belt", "sling bag", "travel pouch", "moneybelt"),
    parts=("pouch", "zip", "pocket", "strap", "buckle"),
    aliases={"zipper": "zip", "belt": "strap", "bag": "pouch", "clasp": "buckle"},
)
