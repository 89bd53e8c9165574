"""A yoga mat rolled up on its side, the spiral showing at its ends, perhaps a strap or a tail."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, lathe_x
from meshforge.engines.text.kit.solids import box, outline_section, subtract
from meshforge.engines.text.kit.sweeps import hoop

MATS: tuple[RGB, ...] = (
    (120, 60, 160),
    (60, 150, 170),
    (230, 120, 150),
    (110, 160, 90),
    (40, 40, 44),
    (90, 110, 200),
    (245, 160, 30),
)


def build_yoga_mat(a: Assembly) -> None:
    """A yoga mat rolled up on its side, the spiral showing at its ends; a strap or a tail."""
    width = a.vary(0.61, 0.05)
    thick = a.vary(0.006, 0.3)
    turns = a.between(4.5, 6.0)
    core = 0.015
    radius = core + thick * turns * 1.15
    color = a.pick(MATS)
    half = width / 2
    profile = [(0.0, 0.0), (radius, 0.0), (radius, width), (0.0, width)]
    roll = lathe_x(profile, a.segments(radius), (-half, 0.0, radius))
    shade = tuple(int(c * 0.55) for c in color)
    for end in (-1, 1):
        spiral = _spiral(core, thick * 1.15, turns, thick * 0.35, a.segments(radius))
        # the line of the roll's spiral, sunk a little into each end so it reads as layers
        groove = Manifold.extrude(spiral, 0.003).rotate((0, 90, 0))
        x = end * half - (0.003 if end > 0 else 0.0)
        roll = subtract(roll, groove.translate((x, 0.0, radius)))
    a.add(roll, "mat", color)
    # the hollow middle of the roll, shown as a dark disc just proud of each end
    bore = [(0.0, 0.0), (core * 0.8, 0.0), (core * 0.8, width + 0.003), (0.0, width + 0.003)]
    hollow = lathe_x(bore, 16, (-half - 0.0015, 0.0, radius))
    a.add(hollow, "core", (shade[0], shade[1], shade[2]), Tier.FIXED)
    if a.maybe("tail", 0.3, "unrolled", "unrolling", "half"):
        # the free end, lying flat on the floor in front of the roll
        reach = a.vary(0.35, 0.3)
        tail = box((width, reach, thick), (0.0, -reach / 2, thick / 2))
        a.add(tail, "mat", color)
    if a.maybe("strap", 0.45, "straps", "carrying", "sling"):
        strap_color = a.pick((BLACK, (220, 215, 200), (90, 90, 95)))
        for x in (-half * 0.6, half * 0.6):
            band = hoop(radius * 1.02, 0.004, a.segments(radius)).scale((1.0, 1.0, 3.0))
            a.add(
                band.rotate((0, 90, 0)).translate((x, 0.0, radius)),
                "strap",
                strap_color,
                Tier.SECONDARY,
            )


def _spiral(core: float, pitch: float, turns: float, line: float, segments: int) -> CrossSection:
    """A thin spiral band from ``core`` outwards, ``pitch`` apart per turn, ``line`` wide."""
    count = max(24, int(turns * segments / 4))
    outer, inner = [], []
    for k in range(count + 1):
        t = turns * 2 * math.pi * k / count
        rho = core + pitch * t / (2 * math.pi)
        outer.append(((rho + line / 2) * math.cos(t), (rho + line / 2) * math.sin(t)))
        inner.append(((rho - line / 2) * math.cos(t), (rho - line / 2) * math.sin(t)))
    return outline_section(outer + inner[::-1])


TEMPLATE = Template(
    "yoga mat",
    build_yoga_mat,
    0.15,
    description="a rolled-up rubber yoga mat for exercise, lying on its side",
    synonyms=(
        "exercise mat",
        "rolled yoga mat",
        "rolled up yoga mat",
        "gym mat",
        "fitness mat",
        "pilates mat",
        "camping mat",
        "sleeping mat",
        "foam mat",
    ),
    parts=("mat", "core", "strap", "tail"),
    aliases={"roll": "mat", "straps": "strap", "sling": "strap", "end": "tail"},
)
