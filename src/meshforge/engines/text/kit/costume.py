"""What dressed figures add on top of ``figure_kit``: long hair, capes, belts, wings, helms.

Every helper takes the ``Figure`` that ``build_figure`` returned and places its piece from the
figure's anchors, so it fits a child as well as an adult. Same frame as ``solids``: Z up,
metres, facing -Y.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.figure_kit import Figure
from meshforge.engines.text.kit.solids import box, capsule, dome, ellipsoid, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import hoop

#: everyday tops: tees, shirts and jumpers
TOPS: tuple[RGB, ...] = (
    (200, 55, 50),
    (60, 100, 170),
    (240, 240, 235),
    (70, 140, 90),
    (245, 190, 60),
    (120, 80, 150),
    (90, 90, 95),
)
#: everyday trousers: denims, khaki, black, grey
TROUSERS: tuple[RGB, ...] = (
    (50, 70, 120),
    (40, 50, 85),
    (185, 165, 125),
    (35, 35, 38),
    (110, 110, 115),
)
GREY_HAIRS: tuple[RGB, ...] = ((200, 200, 200), (165, 165, 168), (235, 235, 230))


def long_hair(
    a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], length: float = 1.0, part: str = "hair"
) -> None:
    """Hair falling down the back of the head to the shoulders (``length`` 1) or beyond."""
    hx, hy, hz = f.head
    r = f.head_r
    fall = capsule(
        (hx, hy + r * 0.3, hz + r * 0.25),
        (hx, hy + r * 0.5, hz - r * (1.0 + 1.6 * length)),
        r * 0.95,
        a.segments(r),
        r * 0.75,
    )
    a.add(
        fall.scale((1.0, 0.8, 1.0)).translate((0, (hy + r * 0.4) * 0.2, 0)), part, color, Tier.FIXED
    )


def bun(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], part: str = "hair") -> None:
    """A round bun on the back of the crown."""
    hx, hy, hz = f.head
    r = f.head_r
    a.add(
        sphere(r * 0.45, a.segments(r * 0.45), (hx, hy + r * 0.75, hz + r * 0.55)),
        part,
        color,
        Tier.FIXED,
    )


def cape(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], reach: float = 0.85) -> None:
    """A cape hanging from the shoulders down the back, flaring towards its hem."""
    s = f.scale
    top = f.shoulder_z + 0.02 * s
    low = top - reach * f.shoulder_z
    # the hull of a narrow plate at the shoulders and a wide one at the hem: a flat sheet
    # that hangs back from the body as it falls
    at_shoulders = box((0.44 * s, 0.03 * s, 0.01 * s), (0, 0.14 * s, top))
    at_hem = box((0.72 * s, 0.03 * s, 0.01 * s), (0, 0.26 * s, low))
    a.add(Manifold.batch_hull([at_shoulders, at_hem]), "cape", color, Tier.SECONDARY)
    collar = rounded_box((0.46 * s, 0.28 * s, 0.06 * s), 0.02 * s, 8, (0, 0.02 * s, top))
    a.add(collar, "cape", color, Tier.SECONDARY)


def belt(
    a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], buckle: RGB, girth: float = 1.0
) -> None:
    """A belt round the waist with a square buckle at the front."""
    s = f.scale
    width, depth = 0.42 * s * girth, 0.26 * s * girth
    z = f.waist_z + 0.04 * s
    a.add(rounded_box((width, depth, 0.06 * s), 0.025 * s, 8, (0, 0, z)), "belt", color, Tier.FIXED)
    a.add(box((0.08 * s, 0.02 * s, 0.07 * s), (0, -depth / 2, z)), "buckle", buckle, Tier.FIXED)


def helm(
    a: Assembly, f: Figure, metal: RGB | tuple[RGB, ...], band: RGB, crown: float = 1.0
) -> None:
    """A round warrior's helm (viking, dwarf): a dome over the skull and a riveted band round it.

    ``crown`` stretches the dome upwards (1.05 gives a dwarf's taller helm).
    """
    (hx, hy, hz), r = f.head, f.head_r
    a.add(
        dome((r * 1.1, r * 1.1, r * crown), a.segments(r), (hx, hy, hz + r * 0.15)),
        "helmet",
        metal,
        Tier.FIXED,
    )
    a.add(
        hoop(r * 1.08, r * 0.08, a.segments(r)).translate((hx, hy, hz + r * 0.2)),
        "helmet",
        band,
        Tier.FIXED,
    )


def wings(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], span: float = 1.0) -> None:
    """A pair of thin wings fanning out of the shoulder blades, spread back and out."""
    s = f.scale
    root_z = f.shoulder_z - 0.12 * s
    root_y = 0.1 * s
    for side in (-1, 1):
        root = sphere(0.025 * s, 8, (side * 0.03 * s, root_y, root_z))
        for reach, lift, size in (
            (0.36, 0.22, (0.16, 0.012, 0.13)),
            (0.24, -0.14, (0.1, 0.012, 0.08)),
        ):
            tip = ellipsoid(
                (size[0] * s * span, size[1] * s, size[2] * s * span),
                12,
                (side * reach * s * span, root_y + 0.1 * s, root_z + lift * s * span),
            )
            # the hull of the root and the tip is a fan that starts at the back
            a.add(Manifold.batch_hull([root, tip]), "wing", color, Tier.FIXED)
