"""A saxophone standing up: a conical body bending into an upturned bell, keys, a neck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, lathe_y
from meshforge.engines.text.kit.instruments import BRASS_LACQUER
from meshforge.engines.text.kit.solids import capsule, rod, union
from meshforge.engines.text.kit.sweeps import front_disc, tube

PEARL: RGB = (240, 235, 220)


def build_saxophone(a: Assembly) -> None:
    """A saxophone standing up: a conical body bending into an upturned bell, keys, a neck."""
    height = a.vary(0.7, 0.06)
    brass = a.pick((BRASS_LACQUER, BRASS_LACQUER, (200, 200, 205), (30, 30, 34)))
    top = height * 0.8
    bottom_r = height * 0.065
    body = tube(
        [
            (0.0, 0.0, top),
            (0.0, 0.0, top * 0.55),
            (0.0, 0.0, height * 0.18),
            (bottom_r * 0.8, 0.0, height * 0.06),
            (bottom_r * 2.4, 0.0, height * 0.08),
            (bottom_r * 3.0, 0.0, height * 0.2),
            (bottom_r * 3.1, 0.0, height * 0.34),
        ],
        height * 0.022,
        a.segments(bottom_r),
        bottom_r,
    )
    a.add(body, "body", brass)
    bell_r = height * 0.09
    bell = lathe_y(
        [
            (0.0, 0.0),
            (bottom_r * 1.0, 0.0),
            (bottom_r * 1.1, height * 0.06),
            (bell_r, height * 0.11),
            (bell_r * 0.95, height * 0.115),
            (0.0, height * 0.08),
        ],
        a.segments(bell_r),
    ).rotate((-100.0, 0.0, 0.0))
    a.add(bell.translate((bottom_r * 3.1, 0.0, height * 0.3)), "bell", brass)
    neck = tube(
        [
            (0.0, 0.0, top - 0.01),
            (0.0, 0.0, height * 0.9),
            (-height * 0.04, 0.0, height * 0.97),
            (-height * 0.12, 0.0, height * 0.98),
        ],
        height * 0.013,
        16,
        height * 0.009,
    )
    a.add(neck, "neck", brass)
    mouthpiece = capsule(
        (-height * 0.115, 0.0, height * 0.98),
        (-height * 0.17, 0.0, height * 0.975),
        height * 0.011,
        16,
    )
    a.add(mouthpiece, "mouthpiece", BLACK, Tier.FIXED)
    keys = []
    for k in range(6):
        z = top * (0.85 - 0.11 * k)
        keys.append(front_disc(height * 0.014, 0.01, 16, 0.0, z, -height * 0.022 - 0.002))
    a.add(union(keys), "key", PEARL, Tier.FIXED)
    guard = rod((-height * 0.03, -0.002, top * 0.3), (-height * 0.03, -0.002, top * 0.62), 0.003, 8)
    a.add(guard, "body", brass)


TEMPLATE = Template(
    "saxophone",
    build_saxophone,
    0.75,
    description="a curved brass woodwind instrument with an upturned bell and many keys",
    synonyms=("sax", "alto sax", "tenor sax", "alto saxophone", "tenor saxophone"),
    kinds=("baritone sax", "jazz saxophone"),
    parts=("body", "bell", "neck", "mouthpiece", "key"),
    aliases={"tube": "body", "reed": "mouthpiece"},
)
