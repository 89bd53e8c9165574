"""A baby bottle: a clear graduated bottle, a coloured screw collar and a soft teat on top."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, union
from meshforge.engines.text.kit.tableware import smooth_outline

#: clear and tinted plastics
BOTTLES: tuple[RGB, ...] = ((225, 238, 245), (235, 240, 245), (210, 230, 245), (245, 225, 235))
COLLARS: tuple[RGB, ...] = (
    (120, 190, 240),
    (245, 160, 190),
    (250, 220, 90),
    (150, 210, 150),
    (245, 245, 245),
)
TEAT: RGB = (235, 205, 150)
MILK: RGB = (250, 248, 240)
MARKS: RGB = (90, 110, 150)


def build_baby_bottle(a: Assembly) -> None:
    """A baby bottle: a clear graduated bottle, a coloured screw collar and a soft teat on top."""
    radius, height = a.vary(0.03, 0.1), a.vary(0.14, 0.1)
    waist = a.between(0.82, 0.95)
    segments = min(48, a.segments(radius))
    outline = smooth_outline([radius, radius, radius * waist, radius, radius * 0.95], height)
    a.add(lathe([(0.0, 0.0), *outline, (0.0, height)], segments), "bottle", a.pick(BOTTLES))
    if a.maybe("milk", 0.5):  # milk showing as a band, just inside the clear wall at the bottom
        a.add(
            cylinder(radius * 0.99, height * 0.45, segments, (0, 0, 0.002)),
            "milk",
            MILK,
            Tier.FIXED,
        )
    heights = [height * (0.25 + k * 0.13) for k in range(4)]
    radii = np.interp(heights, [z for _, z in outline], [r for r, _ in outline])
    marks = [
        box((0.008, 0.003, 0.0015), (0, -float(r), z)) for r, z in zip(radii, heights, strict=True)
    ]
    a.add(union(marks), "mark", MARKS, Tier.FIXED)
    collar_r = radius * 0.92
    collar = [(0.0, 0.0), (collar_r, 0.0), (collar_r, 0.02), (collar_r * 0.75, 0.026), (0.0, 0.026)]
    collar_color = a.pick(COLLARS)
    a.add(
        lathe(collar, segments).translate((0, 0, height - 0.003)),
        "collar",
        collar_color,
        Tier.SECONDARY,
    )
    top = height + 0.022
    teat = [
        (0.0, 0.0),
        (collar_r * 0.72, 0.0),
        (collar_r * 0.55, 0.012),
        (0.009, 0.022),
        (0.011, 0.032),
        (0.0, 0.036),
    ]
    a.add(lathe(teat, segments).translate((0, 0, top)), "teat", TEAT, Tier.FIXED)


TEMPLATE = Template(
    "baby bottle",
    build_baby_bottle,
    0.2,
    description="a plastic feeding bottle for a baby with a soft rubber teat",
    synonyms=("feeding bottle", "baby's bottle", "nursing bottle", "milk bottle for a baby"),
    parts=("bottle", "milk", "mark", "collar", "teat"),
    aliases={"nipple": "teat", "ring": "collar", "cap": "collar", "lines": "mark"},
)
