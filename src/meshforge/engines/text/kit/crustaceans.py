"""Armoured segmented animals: a tail of shrinking plates, a tail fan, pincers, feelers.

Lobsters, shrimps and scorpions share these. Same frame as ``solids``: Z up, metres, the
animal's head towards -Y.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import plan_blade, spindle
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.sweeps import tube


def plated_tail(path: Sequence[Vec3], start_r: float, end_r: float, flat: float) -> Manifold:
    """Overlapping plates along ``path``, shrinking from ``start_r`` to ``end_r`` (an abdomen).

    ``flat`` squashes each plate across its first cross axis (1.0: round).
    """
    plates = []
    count = len(path) - 1
    for i in range(count):
        t = i / max(1, count - 1)
        r = start_r + (end_r - start_r) * t
        start, end = path[i], path[i + 1]
        # each plate reaches well past both joints, so that they overlap like armour
        d = (end[0] - start[0], end[1] - start[1], end[2] - start[2])
        back: Vec3 = (start[0] - d[0] * 0.3, start[1] - d[1] * 0.3, start[2] - d[2] * 0.3)
        over: Vec3 = (end[0] + d[0] * 0.3, end[1] + d[1] * 0.3, end[2] + d[2] * 0.3)
        plates.append(spindle(back, over, r, 16, flat))
    return union(plates)


def arc(center: Vec3, radius: float, start_deg: float, end_deg: float, count: int) -> list[Vec3]:
    """``count`` points on a circle in the YZ plane; 0° points along +Y, 90° up (+Z)."""
    points: list[Vec3] = []
    for i in range(count):
        angle = math.radians(start_deg + (end_deg - start_deg) * i / (count - 1))
        points.append(
            (center[0], center[1] + radius * math.cos(angle), center[2] + radius * math.sin(angle))
        )
    return points


def tail_fan(width: float, length: float, thickness: float) -> Manifold:
    """A lobster's or shrimp's tail fan lying flat, spreading back (+Y) from the origin."""
    outline = [
        (-width * 0.12, 0.0),
        (width * 0.12, 0.0),
        (width * 0.5, length * 0.8),
        (width * 0.3, length),
        (0.0, length * 0.9),
        (-width * 0.3, length),
        (-width * 0.5, length * 0.8),
    ]
    return plan_blade(outline, thickness)


def pincer(shoulder: Vec3, reach: float, side: int, r: float, big: float) -> Manifold:
    """An arm reaching forward from ``shoulder`` to a claw: a fat palm and two fingers."""
    elbow: Vec3 = (shoulder[0] + side * reach * 0.35, shoulder[1] - reach * 0.3, shoulder[2] + r)
    wrist: Vec3 = (shoulder[0] + side * reach * 0.3, shoulder[1] - reach * 0.65, shoulder[2] + r)
    palm_r = r * 1.8 * big
    palm_at: Vec3 = (wrist[0], wrist[1] - palm_r * 1.3, wrist[2])
    palm = ellipsoid((palm_r * 0.85, palm_r * 1.6, palm_r * 0.6), 16, palm_at)
    tip_y = palm_at[1] - palm_r * 3.0
    fixed = capsule(
        (palm_at[0] - side * palm_r * 0.35, palm_at[1] - palm_r, palm_at[2]),
        (palm_at[0] - side * palm_r * 0.2, tip_y, palm_at[2]),
        palm_r * 0.42,
        12,
        palm_r * 0.12,
    )
    moving = capsule(
        (palm_at[0] + side * palm_r * 0.4, palm_at[1] - palm_r, palm_at[2]),
        (palm_at[0] + side * palm_r * 0.55, tip_y + palm_r * 0.3, palm_at[2]),
        palm_r * 0.36,
        12,
        palm_r * 0.1,
    )
    arm = [capsule(shoulder, elbow, r, 12), capsule(elbow, wrist, r, 12, r * 1.1)]
    return union([*arm, palm, fixed, moving])


def feelers(head: Vec3, r: float, length: float, spread: float, droop: float) -> Manifold:
    """Two long whip-like antennae sweeping forward and out from the head, then back."""
    whips = []
    for side in (-1, 1):
        root: Vec3 = (head[0] + side * r * 0.4, head[1] - r * 0.8, head[2] + r * 0.3)
        path: list[Vec3] = [
            root,
            (root[0] + side * spread * 0.3, root[1] - length * 0.35, root[2] + length * 0.12),
            (root[0] + side * spread * 0.8, root[1] - length * 0.6, root[2] + length * 0.05),
            (root[0] + side * spread, root[1] - length * 0.75, root[2] - droop),
        ]
        whips.append(tube(path, max(0.0008, r * 0.07), 8, max(0.0005, r * 0.03)))
    return union(whips)


def stalk_eyes(a: Assembly, head: Vec3, r: float) -> None:
    """Two dark eyes on short stalks at the front of the head."""
    for side in (-1, 1):
        root: Vec3 = (head[0] + side * r * 0.3, head[1] - r * 0.6, head[2] + r * 0.3)
        top: Vec3 = (head[0] + side * r * 0.55, head[1] - r * 0.95, head[2] + r * 0.75)
        a.add(rod(root, top, r * 0.12, 8), "eye", EYE, Tier.FIXED)
        a.add(sphere(r * 0.2, 10, top), "eye", EYE, Tier.FIXED)
