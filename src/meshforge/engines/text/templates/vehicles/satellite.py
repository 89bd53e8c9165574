"""A satellite: a gold-foil box body, two long blue solar panel wings and a dish antenna."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, union

FOILS: tuple[RGB, ...] = ((215, 170, 60), (200, 200, 205), (225, 190, 90))
PANEL: RGB = (40, 60, 130)
GRID: RGB = (170, 175, 185)


def build_satellite(a: Assembly) -> None:
    """A satellite: a gold-foil box body, two long blue solar panel wings and a dish antenna."""
    s = a.vary(1.5, 0.1)
    a.add(box((s, s, s * 1.2), (0, 0, s * 0.6)), "body", FOILS)
    span = s * a.between(2.2, 3.2)
    pw = s * a.between(0.8, 1.0)
    panels = a.count("panel", 2, 1, 4)
    for k, side in enumerate((-1, 1, -1, 1)[: max(2, panels)]):
        z = s * (0.6 if panels <= 2 else 0.35 + 0.55 * (k // 2))
        a.add(
            rod((side * s * 0.5, 0, z), (side * (s * 0.5 + s * 0.5), 0, z), s * 0.05, 8),
            "arm",
            GRID,
            Tier.FIXED,
        )
        x0 = side * (s + span / 2)
        a.add(box((span, s * 0.04, pw), (x0, 0, z)), "panel", PANEL, Tier.SECONDARY)
        bars = union(
            [
                box((s * 0.03, s * 0.06, pw), (x0 + side * (k2 - 1.5) * span / 4, 0, z))
                for k2 in range(4)
            ]
        )
        a.add(bars, "panel", GRID, Tier.FIXED)
    if a.wants("dish"):
        dish_r = s * a.between(0.5, 0.7)
        dish = lathe(
            [(0.0, 0.0), (dish_r, dish_r * 0.35), (dish_r, dish_r * 0.42), (0.0, dish_r * 0.08)],
            a.segments(dish_r),
        )
        a.add(
            dish.rotate((90, 0, 0)).translate((0, -s * 0.5 - dish_r * 0.1, s * 0.8)),
            "dish",
            (235, 235, 235),
            Tier.FIXED,
        )
        a.add(
            rod((0, -s * 0.45, s * 0.8), (0, -s * 0.5 - dish_r * 0.6, s * 0.8), s * 0.03, 8),
            "antenna",
            GRID,
            Tier.FIXED,
        )
    a.add(rod((0, 0, s * 1.2), (0, 0, s * 1.9), s * 0.025, 8), "antenna", GRID, Tier.FIXED)
    a.add(
        cylinder(s * 0.25, s * 0.25, 16, (0, 0, -s * 0.2), s * 0.15),
        "thruster",
        (90, 90, 95),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "satellite",
    build_satellite,
    2.0,
    description="an orbiting space satellite: a foil-wrapped box with solar panel wings and a dish",
    synonyms=(
        "space satellite",
        "communications satellite",
        "sputnik",
        "space probe",
        "weather satellite",
    ),
    kinds=("hubble", "voyager probe", "cubesat"),
    not_claimed=("satellite dish",),
    parts=("body", "arm", "panel", "dish", "antenna", "thruster"),
    aliases={
        "solar panel": "panel",
        "solar panels": "panel",
        "wings": "panel",
        "wing": "panel",
        "foil": "body",
    },
)
