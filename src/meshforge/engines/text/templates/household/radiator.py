"""A radiator: a row of cast sections joined top and bottom, on short feet, with a valve."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box
from meshforge.engines.text.kit.tools import STEEL

PAINTS: tuple[RGB, ...] = ((240, 240, 236), (240, 240, 236), (60, 62, 68), (170, 60, 50))


def build_radiator(a: Assembly) -> None:
    """A radiator: a row of cast sections joined top and bottom, on short feet, with a valve."""
    count = a.count("section", a.pick((8, 10, 12)), 4, 20)
    pitch, height = 0.062, a.vary(0.6, 0.12)
    depth = a.vary(0.1, 0.15)
    paint = a.pick(PAINTS)
    lift = 0.1
    width = count * pitch
    for i in range(count):
        x = (i - (count - 1) / 2) * pitch
        section = rounded_box((pitch * 0.7, depth, height), 0.02, 12, (x, 0, lift + height / 2))
        a.add(section, "section", paint)
    # headers run through every section at the top and bottom
    for z in (lift + 0.05, lift + height - 0.05):
        a.add(box((width - pitch * 0.2, depth * 0.45, 0.05), (0, 0, z)), "section", paint)
    for x in (-width / 2 + pitch * 0.6, width / 2 - pitch * 0.6):
        a.add(box((0.05, depth * 0.9, lift + 0.02), (x, 0, (lift + 0.02) / 2)), "feet", paint)
    if a.maybe("valve", 0.9, "thermostatic"):
        end = width / 2 - pitch * 0.1
        a.add(
            rod((end, 0, lift + 0.05), (end + 0.07, 0, lift + 0.05), 0.012, 10),
            "valve",
            STEEL,
            Tier.FIXED,
        )
        a.add(
            cylinder(0.022, 0.06, 16, (end + 0.07, 0, lift + 0.05)),
            "valve",
            (235, 235, 235),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "radiator",
    build_radiator,
    0.7,
    description="a white cast iron heater of ribbed sections under a window, for warming a room",
    synonyms=(
        "central heating radiator",
        "column radiator",
        "cast iron radiator",
        "heating radiator",
        "room radiator",
        "radiators",
    ),
    not_claimed=("car radiator",),
    parts=("section", "feet", "valve"),
    aliases={"fins": "section", "fin": "section", "sections": "section", "knob": "valve"},
)
