"""A dumpling: a pale crescent of dough pleated along its crest (a gyoza), or a round purse
gathered into a twist at the top (a bao or soup dumpling)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, lathe, union
from meshforge.engines.text.kit.sweeps import tube

DOUGH: tuple[RGB, ...] = ((245, 238, 220), (240, 230, 205), (248, 242, 228))
SEARED: RGB = (200, 145, 75)
ROUND_KINDS = ("bao", "bun", "xiaolongbao", "soup dumpling", "momo", "baozi", "khinkali")


def _swept(bend: float, half: float) -> Callable[[np.ndarray], np.ndarray]:
    """A warp sweeping a body lying along X back (+Y) at its ends into a crescent."""

    def warp(points: np.ndarray) -> np.ndarray:
        moved: np.ndarray = points.copy()
        moved[:, 1] += bend * (points[:, 0] / half) ** 2
        return moved

    return warp


def _crescent(a: Assembly, length: float, color: RGB) -> None:
    """A gyoza: a half-moon body on its flat pan side, a pleated crest along its top."""
    bend, half = length * 0.25, length / 2
    sweep = _swept(bend, half)
    body = ellipsoid((half, length * 0.24, length * 0.22), a.segments(length * 0.3))
    body = body.trim_by_plane((0, 0, 1), 0.0)  # the flat underside that sat in the pan
    a.add(body.warp_batch(sweep), "dough", color)
    # the sealed edge along the top: a frill of thin folds leaning alternately, overlapping
    pleats = []
    count = a.pick((7, 8, 9))
    for k in range(count):
        x = length * 0.4 * (2 * k / (count - 1) - 1)
        drop = math.sqrt(max(0.0, 1 - (x / half) ** 2))
        at: Vec3 = (x, bend * (x / half) ** 2, length * (0.2 * drop + 0.015))
        fold = ellipsoid((length * 0.075, length * 0.022, length * 0.05 * (0.5 + drop)), 12)
        pleats.append(fold.rotate((0, 20 if k % 2 else -20, 0)).translate(at))
    ridge = [
        (x, bend * (x / half) ** 2, length * 0.21 * math.sqrt(max(0.0, 1 - (x / half) ** 2)))
        for x in (length * 0.46 * (2 * k / 8 - 1) for k in range(9))
    ]
    pleats.append(tube(ridge, length * 0.03, 12, length * 0.03))
    a.add(union(pleats), "pleat", color)
    if a.maybe("seared", 0.4, "fried", "pan fried", "potsticker"):
        base = ellipsoid((half * 0.92, length * 0.2, length * 0.03), a.segments(length * 0.3))
        a.add(base.warp_batch(sweep), "seared", SEARED, Tier.FIXED)


def _gathered(height: float, folds: int) -> Callable[[np.ndarray], np.ndarray]:
    """A warp pushing folds into a purse, running up to its knot and deeper near the top."""

    def warp(points: np.ndarray) -> np.ndarray:
        angle = np.arctan2(points[:, 1], points[:, 0])
        rise = np.clip(points[:, 2] / height - 0.35, 0.0, None)
        scale = 1 + 0.12 * rise * np.cos(folds * (angle + rise * 1.5))
        moved: np.ndarray = points.copy()
        moved[:, 0] *= scale
        moved[:, 1] *= scale
        return moved

    return warp


def _purse(a: Assembly, radius: float, color: RGB) -> None:
    """A bao or soup dumpling: a soft round purse, its top gathered into a twisted knot."""
    height = radius * 0.95
    # a squat soft dome, rounded at its foot, drawn in at the top to the knot
    profile = [(0.0, 0.0), (radius * 0.9, 0.0), (radius * 0.98, height * 0.05)]
    for k in range(1, 14):
        t = k / 13
        r = radius * max(0.12, (1 - t**2.2) ** 0.55)
        profile.append((r, height * (0.08 + 0.92 * t)))
    profile.append((0.0, height))
    body = lathe(profile, a.segments(radius)).warp_batch(_gathered(height, 14))
    a.add(body, "dough", color)
    knot = ellipsoid((radius * 0.16, radius * 0.16, radius * 0.12), 12, (0.0, 0.0, height * 0.97))
    a.add(knot, "pleat", color)


def build_dumpling(a: Assembly) -> None:
    """A dumpling: a pleated crescent (gyoza), or a round purse twisted shut (bao)."""
    color = a.pick(DOUGH)
    if a.mentions(*ROUND_KINDS) or (
        not a.mentions("gyoza", "potsticker", "jiaozi") and a.chance(0.35)
    ):
        _purse(a, a.vary(0.025, 0.1), color)
    else:
        _crescent(a, a.vary(0.065, 0.1), color)


TEMPLATE = Template(
    "dumpling",
    build_dumpling,
    0.03,
    description="a small parcel of thin dough pinched shut in pleats around a filling",
    synonyms=("dumplings", "gyoza", "potsticker", "potstickers", "jiaozi", "dim sum"),
    kinds=(
        "bao",
        "xiaolongbao",
        "soup dumpling",
        "momo",
        "baozi",
        "bao bun",
        "steamed bun",
        "pierogi",
        "wonton",
        "khinkali",
        "mandu",
        "pelmeni",
    ),
    parts=("dough", "pleat", "seared"),
    aliases={"pleats": "pleat", "wrapper": "dough", "skin": "dough", "bottom": "seared"},
)
