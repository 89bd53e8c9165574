"""The toy archetype: a wooden pull-along toy on four wheels with a knob and a string.

"A slinky" or "a jack in the box" becomes a child's toy of this generic kind: a chunky body on
bright wheels with a round knob, in the prompt's colours, so it reads as a toy, not as another
template's object.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import rod, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import tube

CATEGORY = "toys"
STRING = (240, 235, 220)


def build_toy(a: Assembly) -> None:
    """A rounded block body, a smaller block on top, a knob, four wheels and a pull string."""
    length, width, height = a.vary(0.2, 0.15), a.vary(0.1, 0.15), a.vary(0.08, 0.2)
    wheel_r = height * 0.45
    body_z = wheel_r + height * 0.35
    a.add(
        rounded_box(
            (width, length, height), height * 0.2, a.segments(height * 0.2), (0.0, 0.0, body_z)
        ),
        "body",
        BRIGHTS,
    )
    cab = rounded_box(
        (width * 0.8, length * 0.45, height * 0.8),
        height * 0.2,
        a.segments(height * 0.2),
        (0.0, length * 0.15, body_z + height * 0.75),
    )
    a.add(cab, "top", BRIGHTS, Tier.SECONDARY)
    a.add(
        sphere(
            height * 0.25, a.segments(height * 0.25), (0.0, -length * 0.2, body_z + height * 0.6)
        ),
        "knob",
        BRIGHTS,
        Tier.SECONDARY,
    )
    for y in (-length * 0.32, length * 0.32):
        for side in (-1, 1):
            x = side * (width / 2 + 0.008)
            a.add(
                rod((x - 0.008, y, wheel_r), (x + 0.008, y, wheel_r), wheel_r, a.segments(wheel_r)),
                "wheel",
                BRIGHTS,
                Tier.SECONDARY,
            )
        a.add(
            rod((-width / 2 - 0.01, y, wheel_r), (width / 2 + 0.01, y, wheel_r), 0.005, 8),
            "wheel",
            STRING,
            Tier.FIXED,
        )
    if a.wants("string"):
        start = (0.0, -length / 2 + 0.002, body_z)
        a.add(
            tube(
                [start, (0.0, -length * 0.8, body_z * 0.4), (0.02, -length * 1.1, 0.004)], 0.003, 8
            ),
            "string",
            STRING,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "toy",
    build_toy,
    0.15,
    description="a toy of no particular kind: a wooden pull-along toy on wheels",
    parts=("body", "top", "knob", "wheel", "string"),
    aliases={"wheels": "wheel", "cord": "string", "handle": "knob"},
)
