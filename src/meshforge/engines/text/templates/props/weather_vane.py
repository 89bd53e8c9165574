"""A weather vane: a rooster on a spindle over the compass letters N, E, S, W, on a little base."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere, union
from meshforge.engines.text.kit.sweeps import face_prism

METALS: tuple[RGB, ...] = ((40, 40, 44), (110, 150, 120), (190, 150, 70))


def build_weather_vane(a: Assembly) -> None:
    """A rooster on a spindle over the compass letters N, E, S, W, on a little base."""
    metal = a.pick(METALS)
    height = a.vary(1.1, 0.08)
    a.add(cylinder(0.12, 0.08, 24), "base", metal)
    top = height * 0.8
    a.add(rod((0, 0, 0.05), (0, 0, top + 0.05), 0.012, 10), "spindle", metal)
    arms_z = height * 0.55
    arms = [
        rod((-0.34, 0, arms_z), (0.34, 0, arms_z), 0.008, 8),
        rod((0, -0.34, arms_z), (0, 0.34, arms_z), 0.008, 8),
    ]
    letters = [
        box((0.07, 0.012, 0.1), (0, 0.33, arms_z)),
        box((0.012, 0.07, 0.1), (0.33, 0, arms_z)),
        box((0.07, 0.012, 0.1), (0, -0.33, arms_z)),
        box((0.012, 0.07, 0.1), (-0.33, 0, arms_z)),
    ]
    a.add(union(arms + letters), "arms", metal)
    a.add(sphere(0.035, 12, (0, 0, height * 0.75)), "spindle", metal)
    if a.mentions("arrow") and not a.mentions("rooster", "cockerel", "chicken"):
        arrow = face_prism(
            [
                (-0.35, -0.01),
                (0.2, -0.01),
                (0.2, -0.06),
                (0.35, 0.0),
                (0.2, 0.06),
                (0.2, 0.01),
                (-0.35, 0.01),
            ],
            0.01,
        )
        tail = face_prism(
            [(-0.42, -0.08), (-0.28, -0.08), (-0.22, 0.0), (-0.28, 0.08), (-0.42, 0.08)], 0.008
        )
        a.add(union([arrow, tail]).translate((0, 0, top + 0.02)), "figure", metal)
        return
    rooster = [
        (-0.2, 0.0),
        (0.12, 0.0),
        (0.16, 0.1),
        (0.2, 0.2),
        (0.26, 0.22),
        (0.22, 0.27),
        (0.16, 0.27),
        (0.12, 0.18),
        (0.0, 0.1),
        (-0.12, 0.14),
        (-0.2, 0.3),
        (-0.28, 0.22),
        (-0.24, 0.08),
    ]
    a.add(face_prism(rooster, 0.012).translate((0, 0, top)), "figure", metal)


TEMPLATE = Template(
    "weather vane",
    build_weather_vane,
    1.1,
    description="a weather vane: a metal rooster on a rooftop rod that turns to show the wind",
    synonyms=("weathervane", "weathercock", "wind vane", "weather vanes"),
    parts=("base", "spindle", "arms", "figure"),
    aliases={
        "rooster": "figure",
        "cockerel": "figure",
        "arrow": "figure",
        "letters": "arms",
        "pole": "spindle",
    },
)
