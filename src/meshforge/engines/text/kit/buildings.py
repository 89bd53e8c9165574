"""What the building templates share: doors, stone, roofs, round towers, battlements."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import around_z, box, cylinder, union

DOOR: RGB = (110, 65, 35)
#: the weathered door of windmills and churches
DARK_DOOR: RGB = (95, 60, 35)
STONES: tuple[RGB, ...] = ((160, 158, 150), (185, 175, 155), (130, 128, 125))
SPIRES: tuple[RGB, ...] = ((60, 80, 150), (160, 40, 40), (60, 60, 70))


def battlements(
    a: Assembly, radius: float, top: float, stone: RGB, at: tuple[float, float]
) -> None:
    """A parapet ring with merlons around the top of a round tower standing at ``at``."""
    parapet = cylinder(radius * 1.12, 0.6, a.segments(radius), (0, 0, top))
    count = max(6, round(radius * 4))
    merlons = around_z(box((0.5, 0.35, 0.6), (radius * 1.12 - 0.18, 0, top + 0.9)), count)
    a.add(union([parapet, merlons]).translate((at[0], at[1], 0)), "tower", stone)


def round_tower(
    a: Assembly,
    radius: float,
    height: float,
    stone: RGB,
    at: tuple[float, float],
    pointed: bool,
    spire: RGB,
) -> None:
    """One round tower with a parapet, or a conical roof when ``pointed``."""
    x, y = at
    a.add(cylinder(radius, height, a.segments(radius), (x, y, 0)), "tower", stone)
    if pointed and a.wants("roof"):
        cone = cylinder(radius * 1.2, radius * 2.4, a.segments(radius), (x, y, height), 0.0)
        a.add(cone, "roof", spire, Tier.SECONDARY)
    else:
        battlements(a, radius, height, stone, at)
