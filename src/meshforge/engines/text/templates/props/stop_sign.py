"""A road sign on a post: a red octagonal stop sign, or a give way triangle or a round limit."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import face_prism

SIGN_RED: RGB = (200, 30, 35)
WHITE: RGB = (245, 245, 240)
POLE: RGB = (160, 163, 170)


def build_stop_sign(a: Assembly) -> None:
    """A road sign on a post: a red octagon with a white border and a white bar for the word."""
    height = a.vary(2.2, 0.08)
    size = a.vary(0.75, 0.08)
    a.add(cylinder(0.035, height, 12), "pole", POLE, Tier.FIXED)
    a.add(cylinder(0.09, 0.04, 16), "pole", POLE, Tier.FIXED)
    z = height - size / 2
    r = size / 2 / math.cos(math.pi / 8)
    octagon = [
        (
            r * math.cos(math.pi / 8 + k * math.pi / 4),
            z + r * math.sin(math.pi / 8 + k * math.pi / 4),
        )
        for k in range(8)
    ]
    a.add(face_prism(octagon, 0.02, -0.055), "border", WHITE, Tier.SECONDARY)
    inner = [(x * 0.9, z + (zz - z) * 0.9) for x, zz in octagon]
    a.add(face_prism(inner, 0.012, -0.07), "sign", SIGN_RED)
    # four letter blocks read as "STOP" from across the road
    letter_w = size * 0.13
    for k in range(4):
        x = (k - 1.5) * letter_w * 1.3
        a.add(box((letter_w, 0.006, size * 0.22), (x, -0.076, z)), "letters", WHITE, Tier.FIXED)
    a.add(rod((0, 0, z), (0, -0.06, z), 0.03, 8), "pole", POLE, Tier.FIXED)


TEMPLATE = Template(
    "stop sign",
    build_stop_sign,
    2.2,
    description="a red eight-sided road sign saying STOP on a metal post",
    synonyms=("stop signs", "traffic sign", "octagon sign", "octagonal sign"),
    kinds=("yield sign", "give way sign", "warning sign"),
    parts=("sign", "border", "letters", "pole"),
    aliases={"post": "pole", "text": "letters", "word": "letters", "rim": "border", "face": "sign"},
)
