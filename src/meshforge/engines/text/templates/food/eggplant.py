"""An eggplant (aubergine): a glossy deep-purple teardrop under a spiky green cap and stalk."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import box, ellipsoid, union
from meshforge.engines.text.kit.vegetables import lying, stalk

PURPLES: tuple[RGB, ...] = ((60, 25, 70), (75, 30, 85), (50, 20, 55))
CAP_GREEN: RGB = (85, 120, 55)


def build_eggplant(a: Assembly) -> None:
    """An eggplant: a glossy deep-purple teardrop under a spiky green cap and stalk."""
    length, radius = a.vary(0.2, 0.12), a.vary(0.045, 0.12)
    slim = a.between(0.3, 0.45)  # how narrow the stalk end is next to the bulb

    def radius_at(z: float) -> float:
        t = z / length
        # narrow at the stalk, swelling into a round bottom
        swell = slim + (1 - slim) * min(1.0, t / 0.7) ** 0.8
        return float(radius * swell * math.sqrt(max(0.0, 1 - (2 * t - 1) ** 6)))

    rise = radius * a.between(0.3, 0.6)
    yaw = a.between(-25, 25)
    body = lying(radius_at, length, a.segments(radius), rise=rise).translate((0, 0, radius))
    a.add(body.rotate((0, 0, yaw)), "skin", PURPLES)
    if not a.wants("cap"):
        return
    # the cap hugs the narrow end: a hood over it whose edge runs out into pointed sepals
    end = -length / 2
    hood = box((length * 0.3, radius * 4, radius * 4), (end, 0, radius + rise))
    sepals = [
        ellipsoid((length * 0.2, radius * 0.25, radius * 3), 12, (end + length * 0.12, 0, 0))
        .rotate((angle, 0, 0))
        .translate((0, 0, radius + rise * 0.65))  # about the bent axis there
        for angle in range(0, 180, 36)
    ]
    parts = [skin_pattern(body, [hood, *sepals], 1.05)]
    if a.wants("stalk"):
        top = (end - length * 0.02, 0.0, radius + rise)
        tip = (end - radius * 0.9, 0.0, top[2] + radius * 0.3)
        parts.append(stalk(top, tip, radius * slim * 0.3))
    a.add(union(parts).rotate((0, 0, yaw)), "cap", CAP_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "eggplant",
    build_eggplant,
    0.09,
    description="a glossy dark purple eggplant with a green cap and stalk",
    synonyms=("aubergine", "aubergines", "eggplants", "brinjal"),
    kinds=("japanese eggplant",),
    parts=("skin", "cap", "stalk"),
    aliases={"calyx": "cap", "leaves": "cap", "stem": "stalk", "peel": "skin", "body": "skin"},
)
