"""A diamond kite facing the front: four coloured panels, cross spars and a tail of bows."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box
from meshforge.engines.text.kit.sweeps import face_prism, tube


def build_kite(a: Assembly) -> None:
    """A diamond kite facing the front: four coloured panels, cross spars and a tail of bows."""
    width, height = a.vary(0.6, 0.1), a.vary(0.8, 0.1)
    tail_len = a.vary(1.0, 0.15)
    bottom = tail_len
    cross = bottom + height * 0.68
    top = bottom + height
    corners = [(0.0, bottom), (width / 2, cross), (0.0, top), (-width / 2, cross)]
    colors = (a.pick(BRIGHTS), a.pick(BRIGHTS))
    a.add(face_prism(corners, 0.006), "sail", colors[0])
    # a smaller diamond laid on the front: one sail plus a decoration keeps the colours crisp
    inset = [(x * 0.55, cross + (z - cross) * 0.55) for x, z in corners]
    a.add(face_prism(inset, 0.004, -0.004), "panel", colors[1], Tier.SECONDARY)
    # The spars take the sail's colour: a contrasting spar across the sail's back would win
    # the seam vertices there and tint the whole back (fusion colours seams by the smaller part).
    spar_z = (bottom + height * 0.06 + top - height * 0.04) / 2
    a.add(box((0.012, 0.016, height * 0.9), (0, 0.008, spar_z)), "spar", colors[0])
    a.add(box((width * 0.88, 0.016, 0.012), (0, 0.008, cross)), "spar", colors[0])
    if a.wants("tail"):
        path = [
            (0.04 * math.sin(3 * t) * (1 + t), 0.0, bottom - t / 2 * tail_len)
            for t in np.linspace(0.0, 2.0, 9)
        ]
        path[0] = (0.0, 0.0, bottom + 0.02)
        a.add(tube(path, 0.004, 8), "tail", (240, 240, 235), Tier.FIXED)
        for k in range(1, 5):
            x, _, z = path[2 * k]
            bow = face_prism(
                [
                    (x, z),
                    (x - 0.05, z + 0.03),
                    (x - 0.05, z - 0.03),
                    (x, z),
                    (x + 0.05, z - 0.03),
                    (x + 0.05, z + 0.03),
                ],
                0.006,
            )
            a.add(bow, "bow", BRIGHTS[k % len(BRIGHTS)], Tier.FIXED)


TEMPLATE = Template(
    "kite",
    build_kite,
    1.8,
    description="a toy that flies in the wind on a string",
    synonyms=("paper kite", "box kite"),
    parts=("sail", "panel", "spar", "tail", "bow"),
    aliases={"string": "tail", "ribbon": "bow", "frame": "spar"},
)
