"""An avocado: a dark pebbly pear-shaped fruit, often cut in half to show the pale flesh."""

from __future__ import annotations

import math
from collections.abc import Callable

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import sphere

SKINS: tuple[RGB, ...] = ((50, 80, 35), (40, 60, 30), (70, 100, 40))
FLESH: RGB = (215, 225, 120)
STONE: RGB = (120, 75, 40)


def _outline(radius: float, height: float) -> Callable[[float], float]:
    """The radius at height z of a pear-like avocado: a fat bottom narrowing to the top."""

    def radius_at(z: float) -> float:
        u = min(1.0, max(0.0, z / height))
        # an ellipse's half-width, leaning its fullness towards the bottom like a pear
        return radius * 2.2 * math.sqrt(u * (1 - u)) * (1 - 0.4 * u)

    return radius_at


def build_avocado(a: Assembly) -> None:
    """An avocado: a dark pebbly pear-shaped fruit, often cut in half to show the pale flesh and
    stone."""
    radius, height = a.vary(0.038, 0.1), a.vary(0.11, 0.1)
    skin = a.pick(SKINS)
    radius_at = _outline(radius, height)
    # lying on its side along X, the fuller end at -X
    fruit = (
        turned(radius_at, height, a.segments(radius))
        .rotate((0, 90, 0))
        .translate((-height / 2, 0, 0))
    )
    girth = max(radius_at(height * k / 20) for k in range(21))
    if a.mentions("whole") or not (a.mentions("half", "halved", "cut", "sliced") or a.chance(0.6)):
        a.add(fruit.translate((0, 0, girth)), "skin", skin)
        return
    # a half lies cut face up: the skin below, the pale flesh filling it, the round stone
    half = fruit.trim_by_plane((0, 0, -1), 0.0).translate((0, 0, girth))
    a.add(half, "skin", skin)
    flesh = fruit.scale((0.94, 0.9, 0.9)).trim_by_plane((0, 0, -1), 0.0)
    a.add(flesh.translate((0, 0, girth + 0.0015)), "flesh", FLESH, Tier.FIXED)
    a.add(
        sphere(radius * 0.45, a.segments(radius * 0.45), (-height * 0.12, 0, girth)),
        "stone",
        STONE,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "avocado",
    build_avocado,
    0.05,
    description="a pear-shaped green fruit with dark skin, pale green flesh and a big round stone",
    synonyms=(
        "avocados",
        "avo",
        "avocado half",
        "halved avocado",
        "sliced avocado",
        "avocado pear",
    ),
    kinds=("hass avocado", "ripe avocado"),
    not_claimed=("avocado toast",),
    parts=("skin", "flesh", "stone"),
    aliases={"pit": "stone", "seed": "stone", "peel": "skin", "inside": "flesh"},
)
