"""What the clothing templates share: a shoe built on its sole, lens rims for eyewear.

Same frame as ``solids``: Z up, metres, the object's front towards -Y. Shoes point their toe
along -X so that the side profile, which is what makes a shoe read, faces the front.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.gear import WHITE, smooth_loop, top_plate
from meshforge.engines.text.kit.solids import box, ellipsoid, subtract, union


def sole_outline(length: float, width: float) -> list[tuple[float, float]]:
    """The top view of a right shoe's sole, toe towards -X, heel at +X, centred on the origin."""
    half = length / 2
    points = [
        (-half, 0.0),
        (-half * 0.85, -width * 0.42),
        (-half * 0.35, -width * 0.5),
        (half * 0.25, -width * 0.36),
        (half * 0.85, -width * 0.36),
        (half, 0.0),
        (half * 0.85, width * 0.36),
        (half * 0.25, width * 0.34),
        (-half * 0.35, width * 0.44),
        (-half * 0.85, width * 0.36),
    ]
    return smooth_loop(points, 4)


def shoe(
    a: Assembly,
    length: float,
    collar_z: float,
    upper: RGB,
    sole: RGB,
    *,
    sole_thick: float,
    heel_lift: float = 0.0,
) -> Manifold:
    """A shoe: sole, upper closed over the foot, an opening at the collar; returns the upper."""
    width = length * 0.37
    seg = max(16, a.segments(width) // 2)
    outline = sole_outline(length, width)
    a.add(top_plate(outline, sole_thick, 0.0, round_r=0.004), "sole", sole, Tier.SECONDARY)
    if heel_lift > 0:
        heel = box((length * 0.18, width * 0.55, heel_lift), (length * 0.38, 0, heel_lift / 2))
        a.add(heel, "sole", sole, Tier.SECONDARY)
    half = length / 2
    base = sole_thick
    toe = ellipsoid(
        (length * 0.2, width * 0.44, length * 0.13), seg, (-half * 0.62, 0, base + heel_lift * 0.1)
    )
    mid = ellipsoid(
        (length * 0.24, width * 0.47, length * 0.25), seg, (-half * 0.02, 0, base + heel_lift * 0.5)
    )
    heel_cup = ellipsoid(
        (length * 0.16, width * 0.4, collar_z - base), seg, (half * 0.62, 0, base + heel_lift)
    )
    body = Manifold.batch_hull([toe, mid, heel_cup])
    body = body ^ box((length * 2, width * 2, 2.0), (0, 0, base - 0.002 + 1.0))
    opening = ellipsoid(
        (length * 0.2, width * 0.3, length * 0.1), seg, (half * 0.45, 0, collar_z + length * 0.02)
    )
    shell = subtract(body, opening)
    a.add(shell, "upper", upper)
    lining = ellipsoid(
        (length * 0.18, width * 0.28, length * 0.06),
        seg,
        (half * 0.45, 0, collar_z - length * 0.06),
    )
    a.add(lining, "lining", (40, 40, 44), Tier.FIXED)
    return body


def skin(solid: Manifold, pattern: Manifold, thickness: float) -> Manifold:
    """The part of ``pattern`` within ``thickness`` outside ``solid``'s surface: a decal, a lace.

    ``solid`` is grown about its centre; the decal follows the surface exactly wherever
    ``pattern`` crosses it, so nothing floats.
    """
    low, high = solid.bounding_box()[:3], solid.bounding_box()[3:]
    centre = tuple((lo + hi) / 2 for lo, hi in zip(low, high, strict=True))
    factors = tuple(
        1 + 2 * thickness / max(hi - lo, 1e-6) for lo, hi in zip(low, high, strict=True)
    )
    grown = solid.translate(tuple(-c for c in centre)).scale(factors).translate(centre)
    return pattern ^ grown


def laces(a: Assembly, upper: Manifold, start: float, end: float, width: float, count: int) -> None:
    """Bars of lace across the top of ``upper`` from x = ``start`` to ``end``, ``width`` wide."""
    bars = []
    for k in range(count):
        x = start + (end - start) * k / max(1, count - 1)
        bars.append(box((0.007, width, 1.0), (x, 0, 0.5)))
    a.add(skin(upper, union(bars), 0.004), "lace", WHITE, Tier.FIXED)
