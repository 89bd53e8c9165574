"""A gravestone: a round-topped headstone on a plinth with a carved cross, in a low grass mound."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import box, dome, union
from meshforge.engines.text.kit.sweeps import face_prism

GRASS: RGB = (80, 130, 60)
CARVING: RGB = (90, 90, 92)


def build_gravestone(a: Assembly) -> None:
    """A round-topped, pointed or cross headstone on a plinth with a carved cross."""
    stone = a.pick(STONES)
    w, h, t = a.vary(0.55, 0.1), a.vary(0.8, 0.12), a.vary(0.12, 0.1)
    shape = a.pick(("round", "round", "cross", "pointed"))
    if a.mentions("cross", "celtic"):
        shape = "cross"
    if a.wants("mound") and a.mentions("mound", "grass", "grave"):
        a.add(
            dome((w * 0.9, w * 1.8, 0.12), a.segments(w), (0, w * 1.4, 0.0)),
            "mound",
            GRASS,
            Tier.FIXED,
        )
    a.add(box((w * 1.25, t * 2.2, 0.12), (0, 0, 0.06)), "base", stone)
    if shape == "cross":
        arm = w * 0.9
        outline = [
            (-0.08, 0.1),
            (0.08, 0.1),
            (0.08, h * 0.62),
            (arm / 2, h * 0.62),
            (arm / 2, h * 0.76),
            (0.08, h * 0.76),
            (0.08, h),
            (-0.08, h),
            (-0.08, h * 0.76),
            (-arm / 2, h * 0.76),
            (-arm / 2, h * 0.62),
            (-0.08, h * 0.62),
        ]
        a.add(face_prism(outline, t), "stone", stone)
        return
    if shape == "pointed":
        outline = [(-w / 2, 0.1), (w / 2, 0.1), (w / 2, h * 0.8), (0, h), (-w / 2, h * 0.8)]
    else:
        arc = [
            (w / 2 * math.cos(q), h - w / 2 + w / 2 * math.sin(q))
            for q in [k * math.pi / 16 for k in range(17)]
        ]
        outline = [(-w / 2, 0.1), (w / 2, 0.1), *arc]
    a.add(face_prism(outline, t), "stone", stone)
    if a.wants("cross"):
        cross = union([box((0.05, 0.02, h * 0.32)), box((h * 0.2, 0.02, 0.05), (0, 0, h * 0.05))])
        a.add(cross.translate((0, -t / 2, h * 0.62)), "cross", CARVING, Tier.FIXED)
    a.add(box((w * 0.6, 0.02, 0.03), (0, -t / 2, h * 0.3)), "cross", CARVING, Tier.FIXED)
    a.add(box((w * 0.45, 0.02, 0.03), (0, -t / 2, h * 0.23)), "cross", CARVING, Tier.FIXED)


TEMPLATE = Template(
    "gravestone",
    build_gravestone,
    0.9,
    description="a stone grave marker with a rounded top and a carved cross, as in a graveyard",
    synonyms=("tombstone", "headstone", "grave", "grave marker", "tomb stone", "rip stone"),
    kinds=("halloween tombstone", "celtic cross"),
    parts=("mound", "base", "stone", "cross"),
    aliases={"grass": "mound", "plinth": "base", "carving": "cross", "inscription": "cross"},
)
