"""What insects and spiders are built from: jointed legs, antennae and flat wings.

Same frame as ``solids``: Z up, metres, the bug's head towards -Y.
"""

from __future__ import annotations

from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.creatures import plan_blade
from meshforge.engines.text.kit.solids import Vec3, capsule, sphere, union

BLACK: RGB = (28, 28, 30)


def jointed_legs(
    hips: Sequence[float],
    width: float,
    hip_z: float,
    reach: float,
    knee_z: float,
    r: float,
    splay: float = 0.3,
) -> Manifold:
    """Pairs of two-segment legs from the body's sides (at each y in ``hips``) out to the ground.

    ``splay`` fans the front legs forward and the back legs back, as much as that fraction of
    ``reach``.
    """
    legs = []
    middle = (hips[0] + hips[-1]) / 2
    span = max(1e-6, (hips[-1] - hips[0]) / 2)
    for y in hips:
        fan = (y - middle) / span * splay * reach
        for side in (-1, 1):
            hip: Vec3 = (side * width, y, hip_z)
            knee: Vec3 = (side * (width + reach * 0.5), y + fan * 0.5, knee_z)
            foot: Vec3 = (side * (width + reach), y + fan, r)
            legs += [capsule(hip, knee, r, 8), capsule(knee, foot, r, 8, r * 0.6)]
    return union(legs)


def antennae(head: Vec3, r: float, length: float, spread: float, knob: bool) -> Manifold:
    """Two feelers rising forward from the top of the head, with a knob at the end or not."""
    pieces = []
    for side in (-1, 1):
        root: Vec3 = (head[0] + side * r * 0.35, head[1] - r * 0.4, head[2] + r * 0.6)
        tip: Vec3 = (root[0] + side * spread, root[1] - length * 0.6, root[2] + length * 0.8)
        pieces.append(capsule(root, tip, max(0.0008, r * 0.07), 8))
        if knob:
            pieces.append(sphere(r * 0.16, 8, tip))
    return union(pieces)


def wing_pair(
    outline: Sequence[tuple[float, float]],
    thickness: float,
    root: Vec3,
    lift: float,
    sweep: float = 0.0,
) -> list[Manifold]:
    """A left and right wing from one top-view outline along +X, raised ``lift``° at the root."""
    blade = plan_blade(outline, thickness).rotate((0, 0, sweep))
    right = blade.rotate((0, -lift, 0)).translate(root)
    left = (
        blade.mirror((1.0, 0.0, 0.0)).rotate((0, lift, 0)).translate((-root[0], root[1], root[2]))
    )
    return [right, left]


def add_legs(a: Assembly, legs: Manifold, color: RGB = BLACK) -> None:
    """Legs in their colour (dark unless the prompt names theirs)."""
    a.add(legs, "leg", color, Tier.FIXED)
