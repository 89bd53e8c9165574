"""A spirit level: a long bar on its edge, bubble vials set in windows, rubber end caps."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import lathe_x
from meshforge.engines.text.kit.solids import box, rod, rounded_box, sphere, subtract
from meshforge.engines.text.kit.tools import RUBBER, STEEL

BARS = ((245, 190, 30), (210, 40, 40), (40, 90, 190), STEEL, (50, 150, 70))
VIAL = (190, 230, 60)
BUBBLE = (245, 250, 235)


def build_spirit_level(a: Assembly) -> None:
    """A spirit level: a long bar on its edge, bubble vials set in windows, rubber end caps."""
    length, height, thick = a.vary(0.6, 0.2), a.vary(0.06, 0.1), a.vary(0.028, 0.1)
    bar = rounded_box((length, thick, height), 0.003, 8, (0, 0, height / 2))
    # windows through the bar: the level vial in the middle, the plumb vial near one end
    middle = box((0.08, thick + 0.02, height * 0.45), (0, 0, height * 0.55))
    plumb_x = length / 2 - 0.08
    plumb = box((height * 0.45, thick + 0.02, height * 0.6), (plumb_x, 0, height / 2))
    cuts = [middle, plumb]
    if a.maybe("handle", 0.5, "grip", "hand hole"):
        cuts.append(
            rounded_box(
                (0.1, thick + 0.02, height * 0.35), 0.01, 12, (-length * 0.25, 0, height * 0.5)
            )
        )
    a.add(subtract(bar, *cuts), "bar", BARS)
    vial_r = min(height * 0.16, thick * 0.35)
    level = lathe_x(
        [(0.0, 0.0), (vial_r, 0.0), (vial_r, 0.084), (0.0, 0.084)], 16, (-0.042, 0, height * 0.55)
    )
    a.add(level, "vial", VIAL, Tier.FIXED)
    a.add(
        sphere(vial_r * 0.8, 12, (0.006, 0, height * 0.55 + vial_r * 0.4)),
        "bubble",
        BUBBLE,
        Tier.FIXED,
    )
    standing = rod((plumb_x, 0, height * 0.18), (plumb_x, 0, height * 0.82), vial_r, 16)
    a.add(standing, "vial", VIAL, Tier.FIXED)
    for side in (-1, 1):
        cap = box(
            (0.02, thick + 0.004, height + 0.004),
            (side * (length / 2 + 0.006), 0, height / 2 + 0.0),
        )
        a.add(cap, "cap", RUBBER, Tier.FIXED)


TEMPLATE = Template(
    "spirit level",
    build_spirit_level,
    0.06,
    description="a builder's level: a long bar with a bubble vial that shows when it is flat",
    synonyms=(
        "bubble level",
        "carpenter's level",
        "carpenters level",
        "torpedo level",
        "builder's level",
        "level tool",
        "leveler",
    ),
    parts=("bar", "vial", "bubble", "cap"),
    aliases={
        "body": "bar",
        "frame": "bar",
        "vials": "vial",
        "end caps": "cap",
        "ends": "cap",
        "handle": "bar",
    },
)
