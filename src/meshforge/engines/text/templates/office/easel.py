"""An artist's easel: a tripod of wooden legs, a ledge holding a canvas, a back leg behind."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE, WOODS
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod


def build_easel(a: Assembly) -> None:
    """Two front legs leaning together, a back leg, a ledge with a canvas resting on it."""
    h = a.vary(1.7, 0.08)
    wood = a.pick(WOODS)
    foot_y = -h * math.tan(math.radians(a.between(8, 12)))
    spread = h * 0.17
    apex = (0.0, 0.0, h)
    for side in (-1, 1):  # two front legs meeting at the top, feet forward and apart
        a.add(rod((side * spread / 2, foot_y, 0.0), apex, 0.018, 4), "leg", wood)
    a.add(rod((0.0, h * 0.45, 0.0), (0.0, 0.0, h * 0.97), 0.016, 4), "leg", wood)
    ledge_z = h * 0.42
    at = 1 - ledge_z / h  # how far down the front legs the ledge sits
    ledge_y = foot_y * at - 0.02
    a.add(box((spread * 1.6, 0.08, 0.025), (0, ledge_y, ledge_z)), "ledge", wood)
    a.add(rod((0.0, ledge_y + 0.02, 0.0), (0.0, ledge_y + 0.02, ledge_z), 0.015, 4), "leg", wood)
    tilt = math.degrees(math.atan(-foot_y / h))
    if a.maybe("canvas", 0.85, "painting", "picture"):
        cw, ch = a.vary(0.6, 0.15), a.vary(0.75, 0.15)
        lay = (0, ledge_y - 0.02, ledge_z + 0.008)
        canvas = box((cw, 0.025, ch), (0, 0, ch / 2)).rotate((-tilt, 0, 0)).translate(lay)
        a.add(canvas, "canvas", WHITE, Tier.SECONDARY)
        if a.maybe("paint", 0.6, "painted", "painting"):
            blob = box((cw * 0.6, 0.01, ch * 0.5), (0, -0.014, ch * 0.5)).rotate((-tilt, 0, 0))
            a.add(blob.translate(lay), "paint", a.pick(BRIGHTS), Tier.FIXED)


TEMPLATE = Template(
    "easel",
    build_easel,
    1.7,
    description="an artist's wooden easel on three legs holding a canvas for painting",
    synonyms=("easels", "art easel", "painting easel", "painters easel", "artists easel"),
    kinds=("studio easel", "tripod easel"),
    parts=("leg", "ledge", "canvas", "paint"),
    aliases={
        "legs": "leg",
        "shelf": "ledge",
        "painting": "canvas",
        "picture": "canvas",
        "frame": "leg",
    },
)
