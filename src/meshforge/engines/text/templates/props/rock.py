"""A rock: a lumpy, faceted grey boulder with a flattish top that things can stand on."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.landscape import lump as faceted_lump
from meshforge.engines.text.kit.solids import dome

ROCKS: tuple[RGB, ...] = (*STONES, (115, 110, 105), (150, 135, 115))
MOSS: RGB = (85, 130, 60)
SNOW: RGB = (245, 245, 250)


def _leaning_on(
    core: Manifold, lump: Manifold, turn: float, width: float, depth: float
) -> Manifold:
    """``lump`` moved out towards ``turn`` as far as it still sinks well into ``core``.

    The core's facets fall well inside its ellipse in places, so a fixed distance can leave a
    small stone lying apart from the boulder.
    """
    placed = lump
    for reach in (0.55, 0.48, 0.41, 0.34, 0.27, 0.2):
        placed = lump.translate((math.cos(turn) * width * reach, math.sin(turn) * depth * reach, 0))
        if (placed ^ core).volume() > 0.2 * placed.volume():
            break
    return placed


def build_rock(a: Assembly) -> None:
    """A rock: a main faceted lump, cut flat below and flattish on top, with smaller lumps."""
    big = a.mentions("boulder", "big", "huge", "large", "giant")
    width = a.vary(1.2 if big else 0.7, 0.15)
    height = width * a.between(0.45, 0.6)
    color = a.pick(ROCKS)
    # the main lump is widest near the ground and narrows upwards; the cuts below and on top
    # give it a base and a flat-ish crown, so swords and mushrooms can stand on it
    depth = width * a.between(0.72, 0.9)
    core = faceted_lump(a, (width / 2, depth / 2, height * 0.95), 24, (0, 0, height * 0.2))
    core = core.trim_by_plane((0.0, 0.0, 1.0), 0.0)
    tilt = (a.between(-0.08, 0.08), a.between(-0.08, 0.08), 1.0)
    core = core.trim_by_plane((-tilt[0], -tilt[1], -1.0), -height)
    a.add(core, "rock", color, material=MATERIALS["stone"])
    for k in range(a.pick((1, 2, 2, 3))):
        turn = a.between(0, 2 * math.pi) + k * 2.1
        size = width * a.between(0.14, 0.22)
        lump = faceted_lump(a, (size, size * 0.9, size * 0.75), 12, (0.0, 0.0, size * 0.3))
        lump = lump.trim_by_plane((0.0, 0.0, 1.0), 0.0)
        a.add(
            _leaning_on(core, lump, turn, width, depth), "rock", color, material=MATERIALS["stone"]
        )
    if a.maybe("moss", 0.25, "mossy"):
        a.add(
            dome(
                (width * 0.18, width * 0.15, 0.03), a.segments(width * 0.18), (0, 0, height * 0.95)
            ),
            "moss",
            MOSS,
            Tier.FIXED,
        )
    elif a.maybe("snow", 0.0, "snowy", "snow-capped", "winter"):
        a.add(
            dome((width * 0.2, width * 0.17, 0.04), a.segments(width * 0.2), (0, 0, height * 0.95)),
            "snow",
            SNOW,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "rock",
    build_rock,
    0.45,
    description="a big grey rock or boulder, a lumpy stone lying on the ground",
    synonyms=("boulder", "stone", "rocks", "stones", "boulders", "big rock", "large stone"),
    kinds=("mossy rock", "river rock", "granite boulder"),
    not_claimed=(
        "rock star",
        "rock band",
        "stone age",
        "stone wall",
        "rock wall",
        "rolling stone",
        "precious stone",
        "gem stone",
        "tomb stone",
        "grave stone",
        "head stone",
        "mile stone",
    ),
    parts=("rock", "moss", "snow"),
    aliases={"stone": "rock", "boulder": "rock"},
)
