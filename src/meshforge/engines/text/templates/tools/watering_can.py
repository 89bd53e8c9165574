"""A watering can: a barrel-shaped tank with a long spout ending in a rose."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import arc_points

CANS: tuple[RGB, ...] = (
    (60, 150, 80),
    (200, 203, 208),
    (40, 90, 170),
    (220, 60, 50),
    (245, 190, 40),
)


def build_watering_can(a: Assembly) -> None:
    """A watering can: a barrel-shaped tank with a long spout ending in a rose and a looped top
    handle."""
    radius, height = a.vary(0.11, 0.1), a.vary(0.24, 0.12)
    color = a.pick(CANS)
    oval = a.chance(0.5)
    tank = cylinder(radius, height, a.segments(radius))
    if oval:  # a plastic can: an oval tank
        tank = tank.scale((1.25, 0.8, 1.0))
    a.add(tank, "tank", color)
    a.add(cylinder(radius * 0.3, 0.03, 16, (radius * 0.35, 0, height - 0.005)), "tank", color)
    reach = a.vary(0.32, 0.12)
    start = (-radius * 0.8, 0.0, height * 0.2)
    end = (-radius - reach, 0.0, height * 1.05)
    a.add(rod(start, end, 0.014, 12, 0.011), "spout", color)
    rose = rod(end, (end[0] - 0.03, 0.0, end[2] + 0.015), 0.012, 16, 0.032)
    a.add(rose, "rose", a.pick((color, (200, 203, 208))), Tier.SECONDARY)
    if a.wants("handle"):
        arch = arc_points((radius * 0.15, height - 0.01), (radius * 0.75, height * 0.45), 0, 180)
        a.add(tube(arch, 0.012, 10), "handle", color)
        back = arc_points((radius * 0.95, height * 0.6), (radius * 0.3, height * 0.3), -90, 90)
        a.add(tube(back, 0.011, 10), "handle", color)
    a.add(ellipsoid((radius * 0.3, radius * 0.3, 0.01), 16, (0, 0, 0.002)), "tank", color)


TEMPLATE = Template(
    "watering can",
    build_watering_can,
    0.35,
    description="a garden can with a long spout and a sprinkler rose for watering plants",
    synonyms=(
        "watering pot",
        "garden watering can",
        "sprinkling can",
        "water can",
        "plant watering can",
    ),
    kinds=("metal watering can", "plastic watering can", "galvanized watering can"),
    parts=("tank", "spout", "rose", "handle"),
    aliases={"body": "tank", "sprinkler": "rose", "nozzle": "rose", "head": "rose"},
)
