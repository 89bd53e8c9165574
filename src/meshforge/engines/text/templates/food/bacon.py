"""Bacon: wavy rashers of red meat streaked lengthwise with white fat."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import union

MEAT: tuple[RGB, ...] = ((185, 60, 50), (170, 50, 45), (160, 70, 45))
CRISPY: RGB = (140, 60, 30)
FAT: RGB = (245, 225, 205)


def build_bacon(a: Assembly) -> None:
    """Bacon: wavy rashers of red meat streaked lengthwise with white fat."""
    length, width = a.vary(0.22, 0.1), a.vary(0.035, 0.1)
    thick = width * 0.08
    rashers = a.count("meat", a.pick((2, 3)), 1, 5)
    crispy = a.mentions("crispy", "cooked", "fried")
    waves, wave_height = a.pick((2.5, 3.0, 3.5)), width * a.between(0.25, 0.4)
    phase = a.between(0, math.pi)

    def wave(points: np.ndarray) -> np.ndarray:
        moved: np.ndarray = points.copy()
        rise = np.sin(2 * math.pi * waves * points[:, 0] / length + phase)
        moved[:, 2] += wave_height * (1 + rise)
        return moved

    def strip(y: float, across: float, depth: float, shift: float) -> Manifold:
        """A bar along X centred on ``y``, with rows of vertices along it so that it can bend."""
        section = CrossSection.square((depth, across), True)
        bar = Manifold.extrude(section, length, n_divisions=int(waves * 12))
        bar = bar.rotate((0, 90, 0)).translate((-length / 2 + shift, y, thick / 2))
        return bar.warp_batch(wave)

    meat: list[Manifold] = []
    fat: list[Manifold] = []
    for k in range(rashers):
        # the rashers lie edge to edge in one wave, a little over each other, their ends uneven
        middle = (k - (rashers - 1) / 2) * width * 0.97
        shift = a.between(-0.04, 0.04) * length
        meat.append(strip(middle, width, thick, shift))
        # streaks of fat run through the meat, a little thicker so they show on both faces,
        # the last one along the rasher's edge
        for centre, share in ((0.1, 0.12), (0.36, 0.26)):
            fat.append(strip(middle + centre * width, width * share, thick * 1.2, shift))
    a.add(union(meat), "meat", (CRISPY,) if crispy else MEAT)
    if a.wants("fat"):
        a.add(union(fat), "fat", FAT, Tier.FIXED)


TEMPLATE = Template(
    "bacon",
    build_bacon,
    0.03,
    description="wavy strips of bacon, red meat streaked with white fat",
    synonyms=(
        "rasher",
        "rashers",
        "bacon strip",
        "bacon strips",
        "strip of bacon",
        "streaky bacon",
    ),
    kinds=("crispy bacon",),
    not_claimed=("bacon sandwich", "bacon burger", "bacon and eggs"),
    parts=("meat", "fat"),
    aliases={"lean": "meat", "strip": "meat", "slice": "meat", "streak": "fat", "rind": "fat"},
)
