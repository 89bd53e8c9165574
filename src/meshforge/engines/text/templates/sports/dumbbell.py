"""A dumbbell lying level: a handle between stacks of weight plates, or hex heads."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, IRON, SILVER, SPORTY
from meshforge.engines.text.kit.solids import rod


def build_dumbbell(a: Assembly) -> None:
    """A dumbbell lying level: a handle between stacks of weight plates, or hex heads."""
    barbell = a.mentions("barbell", "bar bell", "olympic")
    grip_len = 1.3 if barbell else a.vary(0.14, 0.08)
    plate_r = a.vary(0.22 if barbell else 0.07, 0.12)
    z = plate_r
    hex_style = not barbell and (a.mentions("hex", "rubber") or a.chance(0.4))
    color = a.pick((BLACK, IRON, *SPORTY[:2])) if hex_style else a.pick((IRON, BLACK, SILVER))
    plates = a.count("plate", a.pick((2, 3)) if not hex_style else 1, 1, 5)
    thick = (0.05 if hex_style else 0.025) * (1.6 if barbell else 1.0)
    # the bar runs through every plate and the collars, so that the plates hang on it
    reach = grip_len / 2 + plates * thick + 0.03
    bar_r = 0.016 if barbell else 0.015
    a.add(rod((-reach, 0, z), (reach, 0, z), bar_r, 16), "handle", SILVER, Tier.FIXED)
    for side in (-1, 1):
        x = side * grip_len / 2
        for k in range(plates):
            r = plate_r * (1.0 - 0.12 * k)
            start = x + side * k * thick
            plate = rod(
                (start, 0, z), (start + side * thick, 0, z), r, 6 if hex_style else a.segments(r)
            )
            a.add(plate, "plate", color)
        end = x + side * plates * thick
        a.add(rod((end, 0, z), (end + side * 0.02, 0, z), 0.025, 16), "collar", SILVER, Tier.FIXED)


TEMPLATE = Template(
    "dumbbell",
    build_dumbbell,
    0.15,
    description="a short metal bar with heavy weights at each end for lifting exercises",
    synonyms=("dumb bell", "hand weight", "barbell", "free weight", "weights"),
    kinds=("hex dumbbell", "gym weight", "olympic barbell"),
    parts=("handle", "plate", "collar"),
    aliases={"bar": "handle", "weight": "plate", "grip": "handle", "head": "plate"},
)
