"""A mortar and pestle: a heavy stone bowl on a foot, the club-ended pestle leaning in it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, vessel
from meshforge.engines.text.kit.tableware import smooth_outline

STONES: tuple[RGB, ...] = ((150, 148, 142), (225, 222, 214), (60, 60, 62), (150, 100, 60))


def build_mortar_and_pestle(a: Assembly) -> None:
    """A mortar and pestle: a thick-walled bowl, the pestle leaning against its rim."""
    radius, height = a.vary(0.07, 0.12), a.vary(0.08, 0.12)
    color = a.pick(STONES)
    material = MATERIALS["wood"] if color == STONES[3] else MATERIALS["stone"]
    outline = smooth_outline(
        [radius * 0.62, radius * 0.7, radius * 0.92, radius, radius * 0.98], height, 18
    )
    a.add(
        vessel(outline, radius * 0.2, height * 0.3, a.segments(radius)),
        "mortar",
        color,
        material=material,
    )
    if a.wants("pestle"):
        lean = math.radians(a.between(30, 45))
        length = radius * 2.2
        foot = (-radius * 0.25, 0.0, height * 0.32 + radius * 0.16)
        top = (foot[0] + length * math.sin(lean), 0.0, foot[2] + length * math.cos(lean))
        pestle = capsule(foot, top, radius * 0.2, 16, radius * 0.1)
        a.add(pestle, "pestle", color, Tier.PRIMARY, material=material)


TEMPLATE = Template(
    "mortar and pestle",
    build_mortar_and_pestle,
    0.1,
    description="a mortar and pestle: a heavy stone bowl and club for grinding spices",
    synonyms=("pestle and mortar", "pestle", "mortar bowl"),
    kinds=("molcajete", "granite mortar", "marble mortar"),
    parts=("mortar", "pestle"),
    aliases={"bowl": "mortar", "club": "pestle"},
)
