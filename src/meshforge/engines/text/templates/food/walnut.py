"""A walnut in its shell: a rounded wrinkled shell of two halves, a raised seam running round
it and a small point at its tip."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, ellipsoid, torus

SHELLS: tuple[RGB, ...] = ((175, 130, 80), (160, 115, 70), (190, 145, 95))


def build_walnut(a: Assembly) -> None:
    """A walnut: a rounded wrinkled shell of two halves, a raised seam, a pointed tip."""
    r = a.vary(0.016, 0.08)
    height = r * a.vary(1.15, 0.05)
    waves = a.between(5.0, 7.0)
    phase = a.between(0, math.pi)

    def wrinkled(points: np.ndarray) -> np.ndarray:
        # shallow crooked furrows running from pole to pole over both halves
        angle = np.arctan2(points[:, 1], points[:, 0])
        z = points[:, 2] / height
        field = np.sin(waves * angle + 3.0 * np.sin(4 * z + phase)) * np.cos(np.pi * z / 2) ** 0.5
        moved: np.ndarray = points * (1.0 + 0.05 * np.nan_to_num(field))[:, None]
        return moved

    shell = ellipsoid((r, r * 0.95, height), a.segments(r) * 2).warp_batch(wrinkled)
    lift = height * 0.98
    a.add(shell.translate((0, 0, lift)), "shell", SHELLS)
    # the seam: a ridge standing round the shell where the halves meet, in the XZ plane
    seam = torus(r * 1.03, r * 0.1, a.segments(r)).scale((1.0, 1.0, height / r)).rotate((90, 0, 0))
    darker = (140, 100, 60)
    a.add(seam.translate((0, 0, lift)), "seam", darker, Tier.FIXED)
    tip = capsule((0, 0, lift + height * 0.9), (0, 0, lift + height * 1.12), r * 0.12, 8, r * 0.03)
    a.add(tip, "seam", darker, Tier.FIXED)


TEMPLATE = Template(
    "walnut",
    build_walnut,
    0.035,
    description="a round nut in a hard wrinkled brown shell split by a seam",
    synonyms=("walnuts", "walnut shell", "whole walnut"),
    kinds=("pecan", "walnut in shell"),
    parts=("shell", "seam"),
    aliases={"nut": "shell", "ridge": "seam", "tip": "seam"},
)
