"""A wheelbarrow: a deep tapered tray over one front wheel, two long handles and two legs."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, DARK_STEEL, RUBBER
from meshforge.engines.text.kit.solids import box, rod, subtract
from meshforge.engines.text.kit.vehicles import HUB, TYRE

TRAYS: tuple[RGB, ...] = (
    (45, 130, 70),
    (200, 45, 40),
    (150, 155, 160),
    (240, 180, 30),
    (40, 90, 170),
)


def _tray_shell(
    top: tuple[float, float], bottom: tuple[float, float], z0: float, z1: float, front: float
) -> Manifold:
    """The hull of a small floor and a wide rim, the floor set back from the front lip."""
    floor = box((bottom[0], bottom[1], 0.01), (0, front * 0.15, z0))
    rim = box((top[0], top[1], 0.01), (0, 0, z1))
    return Manifold.batch_hull([floor, rim])


def build_wheelbarrow(a: Assembly) -> None:
    """A wheelbarrow: a deep tapered tray over one front wheel, two long handles and two legs."""
    wheel_r = a.vary(0.19, 0.1)
    wheel_y = -0.6
    tray_z0, tray_z1 = a.vary(0.38, 0.05), a.vary(0.66, 0.05)
    top = (a.vary(0.68, 0.1), a.vary(0.9, 0.08))
    bottom = (top[0] * 0.55, top[1] * 0.45)
    outer = _tray_shell(top, bottom, tray_z0, tray_z1, -1.0)
    wall = 0.02
    inner = _tray_shell(
        (top[0] - 2 * wall, top[1] - 2 * wall),
        (bottom[0] - 2 * wall, bottom[1] - 2 * wall),
        tray_z0 + wall,
        tray_z1 + wall,
        -1.0,
    )
    tray = subtract(outer, inner).translate((0, -0.05, 0))
    color = a.pick(TRAYS)
    a.add(tray, "tray", color)
    rim = subtract(
        box((top[0] + 0.02, top[1] + 0.02, 0.025), (0, -0.05, tray_z1)),
        box((top[0] - 0.02, top[1] - 0.02, 0.05), (0, -0.05, tray_z1)),
    )
    a.add(rim, "tray", color)
    width = 0.09
    a.add(
        rod(
            (-width / 2, wheel_y, wheel_r),
            (width / 2, wheel_y, wheel_r),
            wheel_r,
            a.segments(wheel_r),
        ),
        "wheel",
        TYRE,
        Tier.FIXED,
    )
    a.add(
        rod(
            (-width * 0.6, wheel_y, wheel_r),
            (width * 0.6, wheel_y, wheel_r),
            wheel_r * 0.45,
            a.segments(wheel_r),
        ),
        "hub",
        HUB,
        Tier.FIXED,
    )
    handle_z = tray_z0 + 0.12
    for side in (-1, 1):
        root_x = side * bottom[0] * 0.4  # where the frame meets the tray's floor
        start = (side * width * 0.75, wheel_y, wheel_r)
        end = (side * 0.28, 0.85, handle_z + 0.12)
        a.add(
            rod(start, (root_x, -0.2, tray_z0 - 0.008), 0.016, 12),
            "frame",
            DARK_STEEL,
            Tier.FIXED,
        )
        a.add(
            rod((root_x, -0.2, tray_z0 - 0.008), end, 0.016, 12),
            "frame",
            DARK_STEEL,
            Tier.FIXED,
        )
        grip_end = (side * 0.3, 1.0, handle_z + 0.14)
        a.add(rod(end, grip_end, 0.02, 12), "grip", a.pick((BLACK, RUBBER)), Tier.FIXED)
        # each leg hangs from its handle, a little behind the tray
        t = (0.3 + 0.2) / (end[1] + 0.2)
        hip = (
            root_x + (end[0] - root_x) * t,
            0.3,
            tray_z0 - 0.008 + (end[2] - tray_z0 + 0.008) * t,
        )
        a.add(
            rod(hip, (side * 0.26, 0.36, 0.0), 0.014, 12),
            "leg",
            DARK_STEEL,
            Tier.FIXED,
        )
        a.add(box((0.05, 0.05, 0.015), (side * 0.26, 0.36, 0.0075)), "leg", DARK_STEEL, Tier.FIXED)


TEMPLATE = Template(
    "wheelbarrow",
    build_wheelbarrow,
    0.75,
    description="a garden cart with a deep tray, one wheel in front and two long handles",
    synonyms=("wheel barrow", "barrow", "garden cart"),
    kinds=("builders barrow", "contractor wheelbarrow"),
    parts=("tray", "wheel", "hub", "frame", "grip", "leg"),
    aliases={"bucket": "tray", "handle": "grip", "tyre": "wheel", "tire": "wheel", "pan": "tray"},
)
