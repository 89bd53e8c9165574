"""A sickle hung upright: a hooked steel blade curling over from a short wooden handle."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, front_plate
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.tools import HANDLE_WOODS, STEEL


def _blade_outline(
    center: tuple[float, float], radius: float, width: float, start_deg: float, end_deg: float
) -> list[tuple[float, float]]:
    """A curved blade along an arc: full ``width`` at the start, tapering to a point at the end."""
    steps = 24
    outer: list[tuple[float, float]] = []
    inner: list[tuple[float, float]] = []
    for k in range(steps + 1):
        t = k / steps
        angle = math.radians(start_deg + (end_deg - start_deg) * t)
        half = width * (1 - t**1.5) / 2
        # the back of the blade is the outer edge; the cutting edge is the inner one
        for sign, side in ((1, outer), (-1, inner)):
            r = radius + sign * half
            side.append((center[0] + r * math.cos(angle), center[1] + r * math.sin(angle)))
    return outer + inner[::-1]


def build_sickle(a: Assembly) -> None:
    """A sickle hung upright: a hooked steel blade curling over from a short wooden handle."""
    handle_l = a.vary(0.13, 0.1)
    radius = a.vary(0.13, 0.12)
    width = a.vary(0.035, 0.12)
    sweep = a.between(-20.0, 10.0)  # how far the point curls down past the right side
    blade_z = handle_l + 0.03
    center = (radius, blade_z)
    outline = _blade_outline(center, radius, width, 180.0, sweep)
    steel = a.pick((STEEL, DARK_STEEL))
    a.add(front_plate(outline, 0.003, 0.0), "blade", steel)
    # the tang: a short steel neck from the blade's root into the handle's ferrule
    a.add(
        rod((0.0, 0, handle_l - 0.01), (0.0, 0, blade_z + 0.002), 0.006, 10),
        "blade",
        steel,
    )
    wood = a.pick(HANDLE_WOODS)
    a.add(
        capsule((0.0, 0, 0.015), (0.0, 0, handle_l), 0.015, 16, 0.013),
        "handle",
        wood,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "sickle",
    build_sickle,
    0.35,
    description="a sickle: a hooked crescent blade on a short handle, for cutting grain or grass",
    synonyms=("reaping hook", "grass hook", "bagging hook", "harvest sickle", "kama"),
    not_claimed=("hammer and sickle", "sickle cell"),
    parts=("blade", "handle"),
    aliases={"grip": "handle", "hook": "blade", "edge": "blade"},
)
