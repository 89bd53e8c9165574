"""A concert harp, side on: a column, a curved neck, a slanted soundbox, many strings."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, WOODS, strings
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube

STRING: RGB = (240, 230, 210)


def build_harp(a: Assembly) -> None:
    """A concert harp, side on: a column, a curved neck, a slanted soundbox, many strings."""
    height = a.vary(1.7 if not a.mentions("lap", "celtic", "small") else 0.9, 0.06)
    wood = a.pick((GOLD, *WOODS))
    col_x = -height * 0.22
    a.add(
        box((height * 0.34, height * 0.15, height * 0.06), (-height * 0.1, 0, height * 0.03)),
        "base",
        wood,
    )
    a.add(
        rod(
            (col_x, 0, height * 0.05),
            (col_x, 0, height * 0.95),
            height * 0.022,
            a.segments(height * 0.02),
        ),
        "column",
        wood,
    )
    a.add(
        rod((col_x, 0, height * 0.93), (col_x, 0, height * 1.0), height * 0.03, 16, height * 0.015),
        "column",
        wood,
    )
    low, high = (-height * 0.1, height * 0.055), (height * 0.3, height * 0.82)
    box_low = box((height * 0.1, height * 0.11, 0.01), (low[0], 0, low[1]))
    box_high = box((height * 0.04, height * 0.05, 0.01), (high[0], 0, high[1]))
    soundbox = Manifold.batch_hull([box_low, box_high])
    a.add(soundbox, "soundbox", wood)
    neck = [
        (col_x, 0.0, height * 0.94),
        (col_x + height * 0.12, 0.0, height * 0.86),
        (col_x + height * 0.3, 0.0, height * 0.82),
        (high[0] - height * 0.02, 0.0, height * 0.88),
        (high[0] + height * 0.02, 0.0, high[1]),
    ]
    a.add(tube(neck, height * 0.022, 16), "neck", wood)
    count = a.count("string", 16, 5, 30)
    pairs = []
    for k in range(count):
        t = (k + 0.5) / count
        x = low[0] + (high[0] - low[0]) * t * 0.92
        z0 = low[1] + (high[1] - low[1]) * t * 0.92
        frac = (x - col_x) / (high[0] - col_x)
        z1 = height * (0.93 - 0.22 * frac**0.8) - height * 0.025
        if z1 > z0 + 0.02:
            pairs.append(((x, 0.0, z0), (x, 0.0, z1)))
    rods = strings(pairs, 0.0018)
    if rods is not None and a.wants("string"):
        a.add(rods, "string", STRING, Tier.FIXED)


TEMPLATE = Template(
    "harp",
    build_harp,
    1.7,
    description="a tall triangular frame of wood with many vertical strings plucked by hand",
    synonyms=("concert harp", "pedal harp", "celtic harp", "lap harp", "lyre"),
    kinds=("irish harp", "golden harp", "angel harp"),
    not_claimed=("jaw harp", "mouth harp"),
    parts=("base", "column", "soundbox", "neck", "string"),
    aliases={"pillar": "column", "frame": "column", "body": "soundbox"},
)
