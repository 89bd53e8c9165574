"""A ring doughnut with icing on top and sugar sprinkles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS, ICINGS, sprinkles
from meshforge.engines.text.kit.solids import Vec3, torus


def build_donut(a: Assembly) -> None:
    """A ring doughnut with icing on top and sugar sprinkles."""
    major, minor = a.vary(0.04, 0.08), a.vary(0.02, 0.1)
    squash = a.between(0.75, 0.9)
    seg = a.segments(major + minor)
    body = torus(major, minor, seg * 3 // 4).scale((1, 1, squash)).translate((0, 0, minor * squash))
    a.add(body, "dough", a.pick(CRUSTS))
    if not a.wants("icing"):
        return
    icing_level = minor * squash * a.between(0.85, 1.1)
    glaze = torus(major, minor * 1.05, seg).scale((1, 1, squash)).translate((0, 0, minor * squash))
    glaze = glaze.trim_by_plane((0.0, 0.0, 1.0), icing_level)
    a.add(glaze, "icing", a.pick(ICINGS))
    if a.maybe("sprinkle", 0.7):
        places: list[tuple[Vec3, float]] = []
        count = a.count("sprinkle", 34, 0, 80)
        golden = math.pi * (3 - math.sqrt(5))
        for k in range(count):
            theta = k * golden * 7.0
            phi = math.radians(25 + 130 * ((k * 0.618) % 1.0))  # around the tube, upper half
            ring = major + minor * 1.05 * math.cos(phi)
            z = minor * squash + minor * 1.05 * squash * math.sin(phi) - minor * 0.05
            places.append(((ring * math.cos(theta), ring * math.sin(theta), z), a.between(0, 180)))
        sprinkles(a, places, minor * 0.38, minor * 0.07)


TEMPLATE = Template(
    "donut",
    build_donut,
    0.035,
    description="a ring-shaped fried doughnut with pink icing and sprinkles",
    synonyms=("doughnut", "iced donut", "glazed donut", "frosted donut"),
    kinds=(
        "ring donut",
        "sprinkle donut",
        "krispy kreme",
        "jelly donut",
        "cruller",
        "chocolate donut",
    ),
    parts=("dough", "icing", "sprinkle"),
    aliases={"glaze": "icing", "frosting": "icing", "base": "dough"},
)
