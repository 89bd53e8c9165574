"""A tape dispenser: a weighted snail-shaped stand holding a roll of clear tape and a cutter."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box, subtract
from meshforge.engines.text.kit.sweeps import front_disc

BODIES: tuple[RGB, ...] = (
    (30, 30, 33),
    (200, 40, 45),
    (60, 110, 190),
    (240, 240, 238),
    (120, 190, 170),
)
TAPE: RGB = (235, 225, 190)
TEETH: RGB = (190, 195, 202)


def build_tape_dispenser(a: Assembly) -> None:
    """A tape dispenser: a weighted snail-shaped stand holding a roll of clear tape and a cutter."""
    length, width = a.vary(0.16, 0.1), a.vary(0.055, 0.1)
    roll_r = a.vary(0.04, 0.1)
    color = a.pick(BODIES)
    # the body: a low base rising into a rounded hump at the back that cradles the roll
    hump = front_disc(roll_r * 1.25, width, a.segments(roll_r), 0, roll_r * 1.15).rotate((0, 0, 90))
    hump = hump.translate((0, length * 0.18, 0))
    base = rounded_box((width, length, 0.03), 0.01, 8, (0, 0, 0.015))
    nose = rounded_box((width * 0.9, length * 0.25, 0.05), 0.01, 8, (0, -length * 0.38, 0.03))
    body = Manifold.batch_hull([base, nose]) + hump
    slot = box((width * 0.78, roll_r * 2.4, roll_r * 2.4), (0, length * 0.18, roll_r * 1.3))
    a.add(subtract(body, slot), "body", color)
    roll = rod(
        (-width * 0.38, length * 0.18, roll_r * 1.25),
        (width * 0.38, length * 0.18, roll_r * 1.25),
        roll_r,
        a.segments(roll_r),
    )
    a.add(roll, "tape", TAPE, Tier.FIXED)
    axle = rod(
        (-width * 0.5, length * 0.18, roll_r * 1.25),
        (width * 0.5, length * 0.18, roll_r * 1.25),
        roll_r * 0.3,
        12,
    )
    a.add(axle, "body", color)
    # the tape runs from the roll to the serrated cutter at the nose
    a.add(
        box((width * 0.55, length * 0.45, 0.002), (0, -length * 0.14, 0.058)).rotate((0, 0, 0)),
        "tape",
        TAPE,
        Tier.FIXED,
    )
    a.add(box((width * 0.7, 0.004, 0.012), (0, -length * 0.47, 0.058)), "cutter", TEETH, Tier.FIXED)


TEMPLATE = Template(
    "tape dispenser",
    build_tape_dispenser,
    0.1,
    description="a desk stand holding a roll of sticky tape with a cutting edge",
    synonyms=("scotch tape dispenser", "sellotape dispenser", "desk tape dispenser", "tape holder"),
    kinds=("scotch tape", "sellotape", "roll of tape", "sticky tape"),
    parts=("body", "tape", "cutter"),
    aliases={"roll": "tape", "base": "body", "blade": "cutter", "teeth": "cutter"},
)
