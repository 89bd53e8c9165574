"""Popcorn: a red-and-white striped paper bucket heaped over the rim with fluffy white-yellow
popped kernels."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, sphere, union, vessel

STRIPE: RGB = (215, 35, 40)
PAPER: RGB = (245, 242, 235)
KERNELS: tuple[RGB, ...] = ((250, 240, 200), (250, 225, 150))


def build_popcorn(a: Assembly) -> None:
    """Popcorn: a striped paper bucket heaped over the rim with popped kernels."""
    base_r, rim_r, height = a.vary(0.05, 0.08), a.vary(0.075, 0.08), a.vary(0.17, 0.08)
    outline = [(base_r, 0.0), (rim_r, height)]
    bucket = vessel(outline, 0.002, 0.004, a.segments(rim_r))
    a.add(bucket, "bucket", PAPER, Tier.SECONDARY)
    if a.wants("stripe"):
        # vertical stripes: the bucket's wall kept only inside thin wedges, grown a hair outwards
        wall = vessel(
            [(base_r * 1.01, 0.0), (rim_r * 1.01, height - 0.002)], 0.003, 0.004, a.segments(rim_r)
        )
        strips = [
            box((rim_r * 2.5, rim_r * 0.25, height * 3))
            .translate((rim_r * 1.25, 0, 0))
            .rotate((0, 0, 360 * k / 8))
            for k in range(8)
        ]
        a.add(wall ^ union(strips), "stripe", STRIPE, Tier.FIXED)
    # the popped heap: a dome of fill inside the rim, covered in lumpy kernels
    low = base_r + (rim_r - base_r) * 0.72 - 0.001  # into the wall, where the fill starts
    fill = cylinder(low, height * 0.3, a.segments(rim_r), (0, 0, height * 0.72), rim_r * 0.9)
    mound = dome((rim_r * 0.9, rim_r * 0.9, rim_r * 0.4), a.segments(rim_r), (0, 0, height))
    heap = [fill, mound]
    count = a.pick((40, 55))
    for k in range(count):
        f = math.sqrt((k + 0.5) / count)
        t = k * 2.39996
        r = rim_r * 0.95 * min(1.0, f)
        z = height + rim_r * 0.4 * math.sqrt(max(0.0, 1 - (r / (rim_r * 0.9)) ** 2))  # on the mound
        heap.append(sphere(rim_r * a.between(0.14, 0.2), 8, (r * math.cos(t), r * math.sin(t), z)))
    a.add(union(heap), "popcorn", KERNELS)


TEMPLATE = Template(
    "popcorn",
    build_popcorn,
    0.22,
    description="a striped paper bucket overflowing with fluffy popped corn",
    synonyms=("popcorn bucket", "bucket of popcorn", "popcorn box", "box of popcorn"),
    kinds=("movie popcorn", "cinema popcorn", "popcorn tub"),
    not_claimed=("popcorn maker",),
    parts=("bucket", "stripe", "popcorn"),
    aliases={
        "kernels": "popcorn",
        "stripes": "stripe",
        "box": "bucket",
        "tub": "bucket",
        "cup": "bucket",
    },
)
