"""A screwdriver standing on its fluted handle, flat or cross tip at the top."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, box, capsule, cylinder, lathe, rod
from meshforge.engines.text.kit.tools import PLASTICS, STEEL


def build_screwdriver(a: Assembly) -> None:
    """A screwdriver standing on its fluted handle, flat or cross tip at the top."""
    handle_h, handle_r = a.vary(0.1, 0.1), a.vary(0.016, 0.1)
    shaft_len, shaft_r = a.vary(0.12, 0.25), 0.0035
    color = a.pick(PLASTICS)
    profile = [
        (0.0, 0.0),
        (handle_r * 0.85, 0.0),
        (handle_r, handle_h * 0.12),
        (handle_r, handle_h * 0.8),
        (handle_r * 0.6, handle_h),
        (0.0, handle_h),
    ]
    a.add(lathe(profile, a.segments(handle_r)), "handle", color)
    rib = capsule(
        (handle_r * 0.95, 0, handle_h * 0.15), (handle_r * 0.95, 0, handle_h * 0.78), 0.0025, 8
    )
    a.add(around_z(rib, 6), "handle", color)
    if a.maybe("band", 0.5):
        band = cylinder(
            handle_r * 1.02, handle_h * 0.12, a.segments(handle_r), (0, 0, handle_h * 0.3)
        )
        a.add(band, "band", (30, 30, 32), Tier.SECONDARY)
    ferrule = cylinder(shaft_r * 2.2, 0.012, 12, (0, 0, handle_h - 0.004))
    a.add(ferrule, "shaft", STEEL, Tier.FIXED)
    tip_z = handle_h + shaft_len
    a.add(rod((0, 0, handle_h - 0.01), (0, 0, tip_z), shaft_r, 12), "shaft", STEEL, Tier.FIXED)
    if a.mentions("phillips", "cross") or (not a.mentions("flat", "flathead") and a.chance(0.5)):
        tip = cylinder(shaft_r, 0.01, 12, (0, 0, tip_z - 0.001), shaft_r * 0.2)
    else:
        tip = Manifold.batch_hull(
            [
                cylinder(shaft_r, 0.001, 12, (0, 0, tip_z - 0.001)),
                box((shaft_r * 2.4, shaft_r * 0.5, 0.001), (0, 0, tip_z + 0.012)),
            ]
        )
    a.add(tip, "shaft", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "screwdriver",
    build_screwdriver,
    0.22,
    description="a hand tool with a handle and a metal shaft for turning screws",
    synonyms=("screw driver", "phillips screwdriver", "flathead screwdriver"),
    kinds=("phillips",),
    parts=("handle", "shaft", "band"),
    aliases={"tip": "shaft", "blade": "shaft", "grip": "handle"},
)
