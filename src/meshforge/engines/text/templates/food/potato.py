"""A potato: a lumpy brown tuber dotted with eyes; red-skinned, or a long sweet potato."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, union
from meshforge.engines.text.kit.vegetables import lumps

SKINS: tuple[RGB, ...] = ((190, 150, 100), (200, 165, 115), (175, 135, 90))
RED_SKIN: RGB = (160, 70, 60)
SWEET_SKIN: RGB = (165, 85, 70)
EYE: RGB = (110, 80, 50)


def _tapered(points: np.ndarray, half_length: float) -> np.ndarray:
    """Points of a long ellipsoid squeezed towards both ends: a sweet potato's spindle."""
    squeeze = 1 - 0.5 * (points[:, 0] / half_length) ** 2
    moved: np.ndarray = points.copy()
    moved[:, 1] *= squeeze
    moved[:, 2] *= squeeze
    return moved


def build_potato(a: Assembly) -> None:
    """A potato: a lumpy brown tuber dotted with eyes; red-skinned, or a long sweet potato."""
    sweet = a.mentions("sweet", "yam")
    length = a.vary(0.16 if sweet else 0.1, 0.15)
    width = length * (0.32 if sweet else a.between(0.55, 0.7))
    radii = (length / 2, width / 2, width * a.between(0.38, 0.45))
    body = ellipsoid(radii, a.segments(width))
    if sweet:
        body = body.warp_batch(lambda p: _tapered(p, radii[0]))
    warp = lumps(a, 0.16, 16.0)
    yaw = a.between(0, 180)
    skin = SWEET_SKIN if sweet else RED_SKIN if a.mentions("red") else a.pick(SKINS)
    a.add(body.warp_batch(warp).rotate((0, 0, yaw)).translate((0, 0, radii[2])), "skin", skin)
    if sweet or not a.wants("eye"):
        return
    eyes = []
    for _ in range(a.count("eye", a.pick((4, 5, 6)), 1, 10)):
        # a point on the plain ellipsoid, carried out by the same lumps as the skin
        azimuth, lift = a.between(0, 2 * math.pi), a.between(-0.5, 1.2)
        flat = math.cos(lift)
        point = np.array(
            [
                [
                    radii[0] * flat * math.cos(azimuth),
                    radii[1] * flat * math.sin(azimuth),
                    radii[2] * math.sin(lift),
                ]
            ]
        )
        x, y, z = (float(c) for c in warp(point)[0])
        eyes.append(ellipsoid((width * 0.05, width * 0.05, width * 0.025), 8, (x, y, z)))
    a.add(union(eyes).rotate((0, 0, yaw)).translate((0, 0, radii[2])), "eye", EYE, Tier.FIXED)


TEMPLATE = Template(
    "potato",
    build_potato,
    0.06,
    description="a lumpy brown potato with small eyes in its skin",
    synonyms=("potatoes", "spud", "spuds", "sweet potato", "yam", "jacket potato", "baked potato"),
    kinds=("russet potato", "red potato", "new potato"),
    not_claimed=(
        "potato chips",
        "mashed potato",
        "mashed potatoes",
        "couch potato",
        "potato salad",
    ),
    parts=("skin", "eye"),
    aliases={"eyes": "eye", "peel": "skin", "body": "skin", "tuber": "skin"},
)
