"""A farm tractor: huge rear wheels, small front wheels, a long bonnet with a stack, and a cab."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, subtract
from meshforge.engines.text.kit.vehicles import FRAME_DARK, GLASS, HEADLIGHT

PAINTS: tuple[RGB, ...] = ((40, 130, 50), (200, 40, 35), (30, 90, 170), (235, 160, 30))
RIMS: tuple[RGB, ...] = ((240, 200, 40), (230, 230, 225), (200, 40, 35))


def build_tractor(a: Assembly) -> None:
    """Huge rear wheels, small front wheels, a long bonnet with a stack, and a cab."""
    paint, rim = a.pick(PAINTS), a.pick(RIMS)
    big, small = a.vary(0.8, 0.08), a.vary(0.45, 0.08)
    wheelbase = a.vary(2.3, 0.06)
    front, back = -wheelbase / 2, wheelbase / 2
    track = a.vary(1.7, 0.05)
    for side in (-1, 1):
        wheel(a, (side * track / 2, back, big), big, 0.5, rim, 0.55)
        wheel(a, (side * (track / 2 - 0.1), front, small), small, 0.3, rim, 0.55)
    a.add(
        rod((-track / 2, back, big), (track / 2, back, big), 0.12, 12),
        "axle",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        rod((-track / 2, front, small), (track / 2, front, small), 0.08, 12),
        "axle",
        FRAME_DARK,
        Tier.FIXED,
    )
    hood_h = a.vary(0.7, 0.08)
    hood = rounded_box(
        (0.8, wheelbase * 0.85, hood_h),
        0.1,
        a.segments(0.1),
        (0, front + wheelbase * 0.4, small + hood_h / 2 - 0.05),
    )
    a.add(hood, "body", paint)
    a.add(
        box((0.6, 0.06, hood_h * 0.7), (0, front - wheelbase * 0.025, small + hood_h / 2 + 0.1)),
        "grille",
        FRAME_DARK,
        Tier.FIXED,
    )
    cab_floor = big + 0.2
    if a.wants("cab") and not a.mentions("open", "vintage", "old"):
        cab = rounded_box((1.3, 1.25, 1.3), 0.08, 12, (0, back - 0.15, cab_floor + 0.65))
        hollow = box((1.16, 1.1, 1.05), (0, back - 0.15, cab_floor + 0.65))
        a.add(subtract(cab, hollow), "cab", GLASS, Tier.FIXED)
        for sx in (-1, 1):
            for sy in (-1, 1):
                post = box(
                    (0.08, 0.08, 1.3), (sx * 0.61, back - 0.15 + sy * 0.58, cab_floor + 0.65)
                )
                a.add(post, "cab", paint)
        a.add(
            rounded_box((1.45, 1.4, 0.12), 0.04, 8, (0, back - 0.15, cab_floor + 1.32)),
            "roof",
            paint,
        )
    else:
        a.add(
            cylinder(0.04, 0.35, 8, (0, back - 0.1, cab_floor - 0.1)),
            "seat",
            FRAME_DARK,
            Tier.FIXED,
        )
        a.add(
            box((0.45, 0.4, 0.1), (0, back - 0.05, cab_floor + 0.25)),
            "seat",
            FRAME_DARK,
            Tier.FIXED,
        )
        a.add(
            rod((0, back - 0.5, cab_floor + 0.1), (0, back - 0.35, cab_floor + 0.55), 0.03, 8),
            "seat",
            FRAME_DARK,
            Tier.FIXED,
        )
        a.add(
            cylinder(0.2, 0.03, 16, (0, back - 0.35, cab_floor + 0.55)),
            "seat",
            FRAME_DARK,
            Tier.FIXED,
        )
    a.add(box((track - 0.5, 1.3, 0.2), (0, back - 0.1, cab_floor)), "body", paint)
    a.add(
        rod(
            (0.25, front + 0.5, small + hood_h - 0.1),
            (0.25, front + 0.5, small + hood_h + 0.6),
            0.05,
            12,
        ),
        "exhaust",
        FRAME_DARK,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            cylinder(0.07, 0.05, 12, (0, 0, 0))
            .rotate((90, 0, 0))
            .translate((sx * 0.28, front - wheelbase * 0.015, small + hood_h * 0.7)),
            "headlight",
            HEADLIGHT,
            Tier.FIXED,
        )
        axis_x = sx * track / 2
        shell = subtract(
            _disc(big + 0.08, 0.55, axis_x, back, big),
            _disc(big + 0.02, 0.7, axis_x, back, big),
            box((0.8, 3 * big, 2 * big), (axis_x, back, big * 0.1)),
        )
        plate = subtract(
            _disc(big + 0.08, 0.06, sx * (track / 2 - 0.3), back, big),
            box((0.8, 3 * big, 2 * big), (axis_x, back, cab_floor - 0.1 - big)),
        )
        a.add(shell, "fender", paint)
        a.add(plate, "fender", paint)


def _disc(radius: float, width: float, x: float, y: float, z: float) -> Manifold:
    """A disc turning about X, ``width`` thick, centred at (x, y, z)."""
    return rod((x - width / 2, y, z), (x + width / 2, y, z), radius, 48)


TEMPLATE = Template(
    "tractor",
    build_tractor,
    2.8,
    description="a farm tractor with huge rear wheels, small front wheels, a long bonnet and a cab",
    synonyms=("farm tractor", "john deere"),
    kinds=("vintage tractor", "compact tractor"),
    not_claimed=("tractor beam",),
    parts=(
        "wheel",
        "hubcap",
        "axle",
        "body",
        "grille",
        "cab",
        "roof",
        "seat",
        "exhaust",
        "headlight",
        "fender",
    ),
    aliases={
        "tyre": "wheel",
        "tire": "wheel",
        "rim": "hubcap",
        "hood": "body",
        "bonnet": "body",
        "stack": "exhaust",
        "mudguard": "fender",
    },
)
