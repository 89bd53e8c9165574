"""A woolly sheep: a fleece of clustered puffs, dark face and legs; "ram" adds curled horns."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.large_quadruped import ALIASES, HORN, PARTS, Frame, build_frame
from meshforge.engines.text.kit.solids import ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import tube


def build_sheep(a: Assembly) -> None:
    """A woolly sheep: a fleece of clustered puffs, dark face and legs; "ram" adds curled horns."""
    wool = a.pick(((245, 242, 230), (240, 235, 215), (60, 58, 55)))
    face = a.pick(((40, 38, 36), (235, 225, 205)))
    b = build_frame(a, Frame(1.0, 0.3, 0.42, 0.045, 0.12, 30, 0.13, 1.8), wool, face)
    puffs = []
    for k in range(12):  # two rings of puffs over the back and flanks
        angle = math.radians(-100 + 200 * (k % 6) / 5)
        y = b.length * (-0.28 if k < 6 else 0.22) + a.between(-0.06, 0.06)
        at = (b.girth * 0.85 * math.sin(angle), y, b.z + b.girth * 0.85 * math.cos(angle))
        puffs.append(sphere(b.girth * a.between(0.42, 0.52), a.segments(b.girth * 0.1), at))
    a.add(union(puffs), "body", wool)
    head, r = b.head, b.head_r
    a.add(ellipsoid((r * 0.9, r * 1.1, r * 0.9), a.segments(r), head), "head", face)
    cap = sphere(r * 0.75, a.segments(r * 0.7), (0, head[1] + r * 0.35, head[2] + r * 0.55))
    a.add(cap, "body", wool)
    for side in (-1, 1):
        ear = ellipsoid((r * 0.5, r * 0.15, r * 0.22), a.segments(r * 0.4)).rotate(
            (0, side * 25, 0)
        )
        a.add(ear.translate((side * r * 1.0, head[1] + r * 0.2, head[2] + r * 0.2)), "ear", face)
        if a.mentions("ram", "horned", "horn"):
            curl = [
                (
                    side * (r * 0.6 + r * 0.5 * (1 - math.cos(t))),
                    head[1] + r * 0.5 - r * 0.6 * math.sin(t),
                    head[2] + r * 0.6 + r * 0.5 * math.sin(t) - r * 0.4 * t,
                )
                for t in (0.0, 0.8, 1.6, 2.4, 3.2, 4.0)
            ]
            a.add(tube(curl, r * 0.2, a.segments(r * 0.2), r * 0.08), "horn", HORN, Tier.FIXED)
    a.add(sphere(b.girth * 0.2, 12, (0, b.length * 0.5, b.z + b.girth * 0.2)), "tail", wool)


TEMPLATE = Template(
    "sheep",
    build_sheep,
    0.9,
    description="a woolly farm animal",
    synonyms=("lamb", "ram", "ewe", "ram sheep"),
    kinds=("merino",),
    parts=PARTS,
    aliases=ALIASES,
    kinds_in_wordnet=("sheep",),
)
