"""A space station: a long truss carrying big solar array wings at both ends, a cross of white
pressurised modules at its middle with radiators; "ring" makes a wheel station with spokes."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere, torus

MODULES: tuple[RGB, ...] = ((235, 235, 230), (215, 215, 210), (200, 200, 205))
ARRAYS: tuple[RGB, ...] = ((190, 120, 40), (40, 60, 130), (60, 70, 110))
TRUSS: RGB = (150, 150, 155)
RADIATOR: RGB = (245, 245, 245)


def build_space_station(a: Assembly) -> None:
    """A truss with solar wings at both ends and a cross of modules in the middle, or a ring."""
    module = a.color("module", MODULES)
    array = a.color("solar panel", ARRAYS, Tier.SECONDARY)
    core_z = 6.0
    if a.mentions("ring", "wheel", "torus", "rotating"):
        radius = a.vary(14.0, 0.1)
        a.add(torus(radius, 1.6, a.segments(radius), (0, 0, core_z)), "module", module)
        a.add(cylinder(2.2, 8.0, a.segments(2.2), (0, 0, core_z - 4.0)), "module", module)
        for k in range(a.pick((3, 4, 6))):
            turn = 2 * math.pi * k / 6 + 0.3
            a.add(
                rod(
                    (0, 0, core_z),
                    (radius * math.cos(turn), radius * math.sin(turn), core_z),
                    0.6,
                    10,
                ),
                "truss",
                TRUSS,
                Tier.FIXED,
            )
        a.add(box((radius * 0.9, 0.15, 4.0), (0, 0, core_z + 6.0)), "solar panel", array)
        a.add(rod((0, 0, core_z + 3.9), (0, 0, core_z + 4.2), 0.4, 8), "truss", TRUSS, Tier.FIXED)
        return
    span = a.vary(50.0, 0.1)
    a.add(box((span, 1.6, 1.6), (0, 0, core_z)), "truss", TRUSS, Tier.FIXED)
    wing_w, wing_l = a.vary(11.0, 0.1), a.vary(30.0, 0.1)
    for sx in (-1, 1):
        for k, dx in enumerate((-5.0, 5.0)):
            x = sx * (span / 2 - 7.5) + dx
            for sz in (-1, 1):
                wing = box((wing_w, 0.2, wing_l / 2), (x, 0, core_z + sz * (wing_l / 4 + 1.0)))
                a.add(wing, "solar panel", array)
            a.add(
                rod((x, 0, core_z - wing_l / 2 - 1.0), (x, 0, core_z + wing_l / 2 + 1.0), 0.25, 8),
                "truss",
                TRUSS,
                Tier.FIXED,
            )
            del k
    # the modules: a long line along Y through the truss's middle and a short cross line along X
    length = a.vary(40.0, 0.1)
    modules = a.pick((3, 4, 5))
    for k in range(modules):
        y = -length / 2 + length * (k + 0.5) / modules
        r = 2.1 if k % 2 else 2.3
        a.add(
            rod(
                (0, y - length / modules / 2 + 0.3, core_z - 3.2),
                (0, y + length / modules / 2 - 0.3, core_z - 3.2),
                r,
                a.segments(r),
            ),
            "module",
            module,
        )
        a.add(
            sphere(r * 0.8, a.segments(r), (0, y + length / modules / 2, core_z - 3.2)),
            "module",
            module,
        )
    a.add(rod((0, 0, core_z - 0.4), (0, 0, core_z - 3.0), 1.2, 12), "module", module)
    for sx in (-1, 1):
        a.add(
            rod(
                (0, length * 0.3, core_z - 3.2),
                (sx * 9.0, length * 0.3, core_z - 3.2),
                2.0,
                a.segments(2.0),
            ),
            "module",
            module,
        )
    for sx in (-1, 1):
        a.add(box((0.2, 12.0, 5.0), (sx * 6.5, 0, core_z + 0.5)), "radiator", RADIATOR, Tier.FIXED)
        a.add(rod((sx * 0.8, 0, core_z), (sx * 6.5, 0, core_z), 0.3, 8), "truss", TRUSS, Tier.FIXED)


TEMPLATE = Template(
    "space station",
    build_space_station,
    30.0,
    description="an orbiting space station like the iss, with solar panel wings and white modules",
    synonyms=(
        "space stations",
        "iss",
        "international space station",
        "orbital station",
        "spacestation",
        "orbital outpost",
    ),
    kinds=("ring space station", "mir station"),
    parts=("module", "truss", "solar panel", "radiator"),
    aliases={
        "modules": "module",
        "panels": "solar panel",
        "solar panels": "solar panel",
        "wings": "solar panel",
        "arrays": "solar panel",
    },
)
