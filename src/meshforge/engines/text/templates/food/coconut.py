"""A coconut: a hairy brown nut with three dark eyes, often beside a half showing white flesh."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import round_fruit, turned
from meshforge.engines.text.kit.solids import sphere, union, vessel
from meshforge.engines.text.kit.vegetables import fluted

HUSKS: tuple[RGB, ...] = ((110, 70, 40), (95, 60, 35), (125, 85, 50))
EYES: RGB = (45, 30, 20)
FLESH: RGB = (248, 245, 235)


def build_coconut(a: Assembly) -> None:
    """A coconut: a hairy brown nut with three dark eyes, often beside a half of white flesh."""
    radius = a.vary(0.06, 0.08)
    height = radius * a.between(2.1, 2.3)
    # three ridges run pole to pole, and a fine grain of fibres over them
    nut = fluted(turned(round_fruit(radius, height, 0.0), height, a.segments(radius)), 3, 0.07)
    nut = fluted(nut, 36, 0.012)
    eyes = [
        sphere(radius * 0.09, 8, (radius * 0.2 * math.cos(t), radius * 0.2 * math.sin(t), height))
        for t in (0.0, 2.1, 4.2)
    ]
    # the nut lies on its side, its eyes to the front
    lying = (90, 0, a.between(-40, 40))
    lift = (0.0, 0.0, radius)
    husk = a.pick(HUSKS)
    a.add(nut.translate((0, 0, -height / 2)).rotate(lying).translate(lift), "husk", husk)
    if a.wants("eye"):
        placed = union(eyes).translate((0, 0, -height / 2 - radius * 0.02)).rotate(lying)
        a.add(placed.translate(lift), "eye", EYES, Tier.FIXED)
    if a.mentions("whole") or not (
        a.mentions("half", "halved", "cracked", "open") or a.chance(0.8)
    ):
        return
    # a half beside it, cut face up: a brown shell lined with a thick white layer
    steps = 10
    outer = [
        (
            radius * math.sin(math.pi / 2 * k / steps),
            radius * (1 - math.cos(math.pi / 2 * k / steps)),
        )
        for k in range(steps + 1)
    ]
    at = (radius * 1.6, -radius * 1.3, 0.0)
    shell = vessel(outer, radius * 0.08, radius * 0.08, a.segments(radius)).translate(at)
    a.add(shell, "husk", husk)
    inner = [(r * 0.93, z + radius * 0.07) for r, z in outer]
    lining = vessel(inner, radius * 0.18, radius * 0.2, a.segments(radius)).translate(at)
    a.add(lining, "flesh", FLESH, Tier.FIXED)


TEMPLATE = Template(
    "coconut",
    build_coconut,
    0.12,
    description="a round hairy brown coconut, one half cracked open to show the white flesh",
    synonyms=("coconuts", "coco nut", "halved coconut", "coconut half"),
    kinds=("cracked coconut",),
    not_claimed=("coconut tree", "coconut palm", "coconut milk", "coconut crab", "coconut oil"),
    parts=("husk", "eye", "flesh"),
    aliases={"shell": "husk", "skin": "husk", "eyes": "eye", "meat": "flesh", "body": "husk"},
)
