"""A Dutch windmill: an eight-sided tower, a cap and four lattice sails; "wind turbine"."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DARK_DOOR
from meshforge.engines.text.kit.solids import box, cylinder, dome, ellipsoid, rod, union

MILL_WALLS: tuple[RGB, ...] = ((245, 243, 235), (150, 75, 55), (120, 95, 70), (200, 195, 185))


MILL_CAPS: tuple[RGB, ...] = ((70, 70, 75), (60, 90, 70), (150, 120, 70))


SAIL: RGB = (240, 236, 225)


WOOD: RGB = (120, 85, 55)


def build_windmill(a: Assembly) -> None:
    """A Dutch windmill: an eight-sided tower, a cap and four lattice sails; "wind turbine"."""
    if a.mentions("turbine", "wind turbine", "windturbine"):
        _turbine(a)
        return
    height, base_r = a.vary(9.0, 0.1), a.vary(3.0, 0.1)
    top_r = base_r * a.vary(0.62, 0.1)
    wall = a.pick(MILL_WALLS)
    a.add(cylinder(base_r, height, 8, (0, 0, 0), top_r).rotate((0, 0, 22.5)), "tower", wall)
    cap_color = a.pick(MILL_CAPS)
    a.add(
        dome((top_r * 1.15, top_r * 1.3, top_r * 1.1), a.segments(top_r), (0, 0, height - 0.1)),
        "cap",
        cap_color,
        Tier.SECONDARY,
    )
    hub = (0.0, -top_r * 1.35, height + top_r * 0.25)
    a.add(rod((0, 0, hub[2]), hub, 0.35, 12), "sail", WOOD, Tier.FIXED)
    a.add(
        rod((0, hub[1] + 0.2, hub[2]), (0, hub[1] - 0.4, hub[2]), 0.55, 12),
        "sail",
        WOOD,
        Tier.FIXED,
    )
    reach = height * a.vary(0.85, 0.08)
    spar = box((0.3, 0.3, reach), (0, 0, reach / 2))
    lattice = box((reach * 0.2, 0.15, reach * 0.78), (reach * 0.12, 0.1, reach * 0.58))
    bars = union(
        [
            box((reach * 0.22, 0.25, 0.12), (reach * 0.12, 0.0, reach * (0.2 + 0.08 * k)))
            for k in range(10)
        ]
    )
    arm = union([spar, lattice, bars])
    tilt = a.between(0, 90)
    sails = union([arm.rotate((0, tilt + 90 * k, 0)) for k in range(4)])
    a.add(sails.translate((0, hub[1] - 0.3, hub[2])), "sail", SAIL, Tier.SECONDARY)
    a.add(box((1.3, 0.5, 2.2), (0, -base_r * 0.9, 1.1)), "door", DARK_DOOR, Tier.FIXED)
    if a.maybe("gallery", 0.6):
        z = height * 0.42
        r = base_r + (top_r - base_r) * 0.42
        a.add(
            cylinder(r + 1.1, 0.25, 8, (0, 0, z)).rotate((0, 0, 22.5)), "gallery", WOOD, Tier.FIXED
        )
    for k in range(2):
        z = height * (0.3 + 0.3 * k)
        r = base_r + (top_r - base_r) * z / height
        a.add(box((0.9, 0.5, 1.1), (0, -r * 0.93, z + 1.5)), "window", (50, 60, 75), Tier.FIXED)


def _turbine(a: Assembly) -> None:
    """A three-bladed wind turbine on a tapering white mast."""
    height = a.vary(80.0, 0.1)
    white = (240, 240, 240)
    a.add(cylinder(2.2, height, a.segments(2.2), (0, 0, 0), 1.4), "tower", white)
    nacelle = box((3.2, 9.0, 3.4), (0, 1.8, height + 1.2))
    a.add(nacelle, "cap", white)
    hub = (0.0, -3.2, height + 1.2)
    a.add(ellipsoid((1.8, 2.4, 1.8), 24, hub), "cap", white)
    blade = Manifold.batch_hull(
        [box((3.6, 0.6, 0.1), (0, 0, 1.0)), box((1.0, 0.3, 0.1), (0, 0, height * 0.5))]
    )
    turn = a.between(0, 120)
    blades = union([blade.rotate((0, turn + 120 * k, 0)) for k in range(3)])
    a.add(blades.translate(hub), "sail", white)


TEMPLATE = Template(
    "windmill",
    build_windmill,
    12.0,
    description="a tall building with sails that turn in the wind",
    synonyms=("wind mill", "wind turbine", "dutch windmill", "mill"),
    parts=("tower", "cap", "sail", "door", "gallery", "window"),
    aliases={"blade": "sail", "roof": "cap", "balcony": "gallery"},
)
