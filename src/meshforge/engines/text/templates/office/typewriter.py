"""A typewriter: a sloped body with stepped rows of round keys, a carriage roller and a sheet of
paper."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box

BODIES: tuple[RGB, ...] = (
    (30, 30, 33),
    (60, 90, 70),
    (150, 40, 40),
    (200, 195, 180),
    (90, 110, 140),
)
KEYS: RGB = (240, 238, 230)
PAPER: RGB = (250, 250, 246)


def build_typewriter(a: Assembly) -> None:
    """A typewriter: a sloped body with stepped rows of round keys, a carriage roller and a sheet of
    paper."""
    width, depth, height = a.vary(0.42, 0.08), a.vary(0.36, 0.08), a.vary(0.14, 0.1)
    color = a.pick(BODIES)
    body = Manifold.batch_hull(
        [
            rounded_box((width, depth, 0.03), 0.012, 12, (0, 0, 0.015)),
            rounded_box(
                (width * 0.92, depth * 0.45, 0.03), 0.012, 12, (0, depth * 0.2, height - 0.015)
            ),
        ]
    )
    a.add(body, "body", color)
    # four stepped rows of round keys climbing the front slope
    front, back = -depth / 2 + 0.03, depth * 0.0
    for row in range(4):
        t = (row + 0.5) / 4
        y = front + (back - front) * t
        z = 0.03 + (height - 0.045) * t * 0.8 + 0.012
        count = 10 - row % 2
        for k in range(count):
            x = (k - (count - 1) / 2) * width * 0.085
            a.add(rod((x, y, z - 0.02), (x, y, z + 0.006), 0.0035, 6), "key", CHROME, Tier.FIXED)
            a.add(cylinder(0.011, 0.006, 12, (x, y, z + 0.006)), "key", KEYS, Tier.FIXED)
    a.add(
        box((width * 0.4, 0.03, 0.012), (0, front - 0.005, 0.02)), "key", KEYS, Tier.FIXED
    )  # space bar
    roll_y, roll_z = depth * 0.3, height + 0.025
    roll = a.vary(0.03, 0.1)
    a.add(
        rod(
            (-width * 0.55, roll_y, roll_z), (width * 0.55, roll_y, roll_z), roll, a.segments(roll)
        ),
        "roller",
        (30, 30, 33),
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * width * 0.55, roll_y, roll_z),
                (sx * width * 0.6, roll_y, roll_z),
                roll * 1.2,
                16,
            ),
            "knob",
            color,
        )
    a.add(box((width * 0.8, 0.04, 0.03), (0, roll_y, height - 0.005)), "body", color)
    lever = rod(
        (-width * 0.55, roll_y - roll, roll_z + roll * 0.4),
        (-width * 0.7, roll_y - roll * 2.5, roll_z + roll * 0.6),
        0.005,
        8,
    )
    a.add(lever, "lever", CHROME, Tier.FIXED)
    if a.maybe("paper", 0.8, "sheet", "page"):
        sheet = box((width * 0.5, 0.002, height * 1.1)).rotate((-12, 0, 0))
        a.add(
            sheet.translate((0, roll_y + roll * 0.6, roll_z + height * 0.5)),
            "paper",
            PAPER,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "typewriter",
    build_typewriter,
    0.25,
    description="an old mechanical writing machine with round keys and a paper roller",
    synonyms=(
        "type writer",
        "vintage typewriter",
        "old typewriter",
        "manual typewriter",
        "typing machine",
    ),
    kinds=("antique typewriter", "electric typewriter", "remington typewriter"),
    parts=("body", "key", "roller", "knob", "lever", "paper"),
    aliases={
        "keys": "key",
        "carriage": "roller",
        "platen": "roller",
        "sheet": "paper",
        "page": "paper",
    },
)
