"""What birdhouses and bird feeders share: a pitched roof, a mounting post and garden woods."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import box, cylinder

#: weathered and painted garden woods
GARDEN_WOODS: tuple[RGB, ...] = ((175, 130, 85), (140, 100, 65), (200, 170, 120), (120, 160, 190))
ROOFS: tuple[RGB, ...] = ((150, 50, 40), (70, 100, 70), (90, 70, 55), (60, 62, 68))


def gable_roof(width: float, depth: float, pitch: float, eave_z: float, board: float) -> Manifold:
    """Two boards meeting along a ridge over X, overhanging a body ``width`` by ``depth``."""
    half = width / 2 + 0.015
    slope = (half**2 + pitch**2) ** 0.5
    tilt = math.degrees(math.atan2(pitch, half))
    boards = []
    for side in (-1, 1):
        plank = box((slope + 0.02, depth + 0.03, board), (side * slope / 2, 0.0, 0.0))
        boards.append(plank.rotate((0.0, side * tilt, 0.0)).translate((0, 0, eave_z + pitch)))
    return Manifold.batch_boolean(boards, OpType.Add)


def mounting_post(a: Assembly, height: float, color: RGB) -> None:
    """A square garden post of ``height`` on a small round foot, added as the "post" part."""
    a.add(box((0.06, 0.06, height), (0.0, 0.0, height / 2)), "post", color, Tier.SECONDARY)
    a.add(cylinder(0.12, 0.03, a.segments(0.12)), "post", color, Tier.SECONDARY)
