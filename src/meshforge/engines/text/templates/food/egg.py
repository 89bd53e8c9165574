"""An egg: whole and upright (white, brown or painted for Easter), or fried sunny side up."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.food import CANDY
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import cylinder, dome, union

SHELLS: tuple[RGB, ...] = ((245, 240, 228), (215, 170, 120), (235, 215, 185))
WHITE: RGB = (250, 250, 245)
YOLK: RGB = (250, 175, 30)


def build_egg(a: Assembly) -> None:
    """An egg: whole and upright (white, brown or painted for Easter), or fried sunny side up."""
    if a.mentions("fried", "sunny", "omelette", "breakfast"):
        _fried(a)
        return
    radius, height = a.vary(0.022, 0.06), a.vary(0.058, 0.06)

    def radius_at(z: float) -> float:
        # an egg's outline: an ellipse whose widest point sits below the middle
        t = z / height
        return radius * math.sqrt(max(0.0, 1 - (2 * t - 1) ** 2)) * (1.0 + 0.12 * (0.5 - t))

    shell = turned(radius_at, height, a.segments(radius)).rotate((0, 0, a.between(0, 90)))
    a.add(shell, "shell", SHELLS[1] if a.mentions("brown") else a.pick(SHELLS[::2]))
    if a.mentions("easter", "painted", "decorated", "chocolate") and a.wants("band"):
        bands = []
        for k in range(a.pick((2, 3))):
            z = height * (0.3 + 0.2 * k)
            bands.append(cylinder(radius * 2, height * 0.06, 4, (-radius, -radius, z)))
        zigzag = union([b.rotate((a.between(-12, 12), 0, 0)) for b in bands])
        a.add(skin_pattern(shell, [zigzag], 1.04), "band", a.pick(CANDY), Tier.SECONDARY)


def _fried(a: Assembly) -> None:
    """A fried egg: a flat, wavy-edged white with a round yolk standing in it."""
    size = a.vary(0.06, 0.1)
    lobes = []
    for _ in range(a.pick((5, 6, 7))):
        angle = a.between(0, 2 * math.pi)
        off = size * a.between(0.15, 0.35)
        r = size * a.between(0.55, 0.75)
        at = (off * math.cos(angle), off * math.sin(angle), 0.0)
        lobes.append(cylinder(r, size * 0.06, a.segments(r), at))
    lobes.append(cylinder(size * 0.6, size * 0.07, a.segments(size)))
    a.add(union(lobes), "white", WHITE)
    yolk_r = size * a.vary(0.3, 0.08)
    a.add(
        dome((yolk_r, yolk_r, yolk_r * 0.7), a.segments(yolk_r), (0, 0, size * 0.05)),
        "yolk",
        YOLK,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "egg",
    build_egg,
    0.06,
    description="an oval chicken egg with a smooth white shell",
    synonyms=("eggs", "fried egg", "easter egg", "boiled egg", "chicken egg", "brown egg"),
    kinds=("hard boiled egg", "painted egg"),
    not_claimed=("egg cup", "egg carton", "dragon egg", "egg timer"),
    parts=("shell", "band", "white", "yolk"),
    aliases={"stripe": "band", "pattern": "band", "egg white": "white"},
)
