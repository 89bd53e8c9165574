"""A dartboard: black and cream sectors, red and green rings, a bull, a number ring."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, WOODS, front_plate
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import front_disc

CREAM: RGB = (235, 220, 180)
RED: RGB = (200, 35, 40)
GREEN: RGB = (30, 130, 70)
SECTORS = 20
#: radii of the board's rings as fractions of the double ring's outside (regulation board)
TREBLE = (0.582, 0.629)
DOUBLE = (0.953, 1.0)
OUTER_BULL, BULL = 0.094, 0.037


def build_dartboard(a: Assembly) -> None:
    """A dartboard: black and cream sectors, red and green rings, a bull, a number ring."""
    r = a.vary(0.17, 0.04)  # the double ring's outside
    board_r = r * 1.33
    depth = 0.038
    centre_z = board_r + a.vary(0.05, 0.3)
    front = -depth / 2
    a.add(front_disc(board_r, depth, a.segments(board_r) * 2, 0, centre_z), "board", BLACK)
    face = front - 0.0015

    def wedges(inner: float, outer: float, parity: int, lift: float) -> Manifold:
        pieces = [
            _sector(inner * r, outer * r, k, centre_z, face - lift)
            for k in range(SECTORS)
            if k % 2 == parity
        ]
        return union(pieces)

    a.add(wedges(OUTER_BULL, 1.0, 0, 0.0), "sector", CREAM, Tier.SECONDARY)
    for lo, hi in (TREBLE, DOUBLE):
        a.add(wedges(lo, hi, 0, 0.0015), "ring", RED, Tier.FIXED)
        a.add(wedges(lo, hi, 1, 0.0015), "ring", GREEN, Tier.FIXED)
    a.add(front_disc(OUTER_BULL * r, 0.004, 24, 0, centre_z, face), "outer bull", GREEN, Tier.FIXED)
    a.add(front_disc(BULL * r, 0.006, 16, 0, centre_z, face - 0.001), "bullseye", RED, Tier.FIXED)
    if a.maybe("number", 0.8, "numbers"):
        # built round the origin, turned about the board's axis (Y), then raised to its centre
        marks = [
            box((r * 0.05, 0.004, r * 0.09), (0, face, r * 1.16))
            .rotate((0, 360 * k / SECTORS, 0))
            .translate((0, 0, centre_z))
            for k in range(SECTORS)
        ]
        a.add(union(marks), "number", SILVER, Tier.FIXED)
    for k in range(a.count("dart", a.pick((0, 3, 3)), 0, 6)):
        angle = a.between(0, 2 * math.pi)
        dist = r * a.between(0.1, 0.8)
        tip = (dist * math.cos(angle), face, centre_z + dist * math.sin(angle))
        _dart(a, tip, a.pick(((200, 40, 40), (40, 90, 190), (240, 240, 238), (245, 200, 30))), k)
    wood = a.pick(WOODS)
    for side in (-1, 1):
        leg = rod(
            (side * board_r * 0.35, depth * 0.3, centre_z),
            (side * board_r * 0.55, board_r * 0.7, 0.0),
            0.012,
            8,
        )
        a.add(leg, "stand", wood, Tier.FIXED)


def _sector(inner: float, outer: float, k: int, centre_z: float, y: float) -> Manifold:
    """The ``k``-th of twenty wedges between two radii, a thin plate facing the front."""
    half = math.pi / SECTORS
    mid = math.pi / 2 + k * 2 * half
    steps = 4
    angles = [mid - half + 2 * half * s / steps for s in range(steps + 1)]
    outline = [(outer * math.cos(t), centre_z + outer * math.sin(t)) for t in angles]
    outline += [(inner * math.cos(t), centre_z + inner * math.sin(t)) for t in reversed(angles)]
    return front_plate(outline, 0.003, y)


def _dart(a: Assembly, tip: tuple[float, float, float], color: RGB, k: int) -> None:
    """A dart stuck in the board: a steel barrel and shaft, a cross of flights at the back."""
    x, y, z = tip
    lean = 0.012 * (k % 3 - 1)
    back = (x + lean, y - 0.13, z + 0.015)
    a.add(rod((x, y + 0.006, z), back, 0.0035, 8), "dart", SILVER, Tier.FIXED)
    for turn in (0.0, 90.0):
        flight = (
            box((0.03, 0.035, 0.0012))
            .rotate((0, turn, 0))
            .translate((back[0], back[1] + 0.012, back[2]))
        )
        a.add(flight, "flight", color, Tier.FIXED)


TEMPLATE = Template(
    "dartboard",
    build_dartboard,
    0.5,
    description="a round dartboard with black and cream sectors and red and green scoring rings",
    synonyms=("dart board", "darts board", "dartboard with darts", "darts"),
    parts=(
        "board",
        "sector",
        "ring",
        "outer bull",
        "bullseye",
        "number",
        "dart",
        "flight",
        "stand",
    ),
    aliases={
        "bull": "bullseye",
        "rings": "ring",
        "sectors": "sector",
        "numbers": "number",
        "darts": "dart",
    },
)
