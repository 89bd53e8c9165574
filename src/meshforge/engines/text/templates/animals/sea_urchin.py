"""A sea urchin: a round flattened shell bristling all over with long sharp spines."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import ellipsoid, rod, union

URCHINS: tuple[RGB, ...] = ((60, 30, 60), (35, 30, 40), (120, 40, 70), (150, 80, 40))


def build_sea_urchin(a: Assembly) -> None:
    """A sea urchin: a round flattened shell bristling with long sharp spines."""
    radius = a.vary(0.04, 0.1)
    squash = 0.7
    color = a.pick(URCHINS)
    shell = ellipsoid(
        (radius, radius, radius * squash), a.segments(radius), (0, 0, radius * squash)
    )
    a.add(shell, "shell", color)
    if not a.wants("spine"):
        return
    spines = []
    reach = radius * a.between(0.8, 1.2)
    for azimuth, fraction in golden_points(90):
        # spread over the upper 85% of the shell: the underside rests on the sea floor
        polar = math.acos(1 - 1.7 * fraction)
        nx, ny = math.sin(polar) * math.cos(azimuth), math.sin(polar) * math.sin(azimuth)
        nz = math.cos(polar)
        root = (radius * 0.9 * nx, radius * 0.9 * ny, radius * squash * (1 + 0.9 * nz))
        tip = (root[0] + reach * nx, root[1] + reach * ny, root[2] + reach * nz * 0.9)
        spines.append(rod(root, tip, radius * 0.045, 6, radius * 0.004))
    a.add(union(spines), "spine", color)


TEMPLATE = Template(
    "sea urchin",
    build_sea_urchin,
    0.12,
    description="a round spiny sea creature covered in long sharp spines",
    synonyms=("urchin", "sea urchins", "urchins"),
    kinds=("uni", "spiny urchin"),
    parts=("shell", "spine"),
    aliases={"spines": "spine", "spikes": "spine", "body": "shell"},
)
