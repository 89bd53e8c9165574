"""A lute standing up: a deep pear-shaped bowl back, a rose-cut soundboard, a bent-back pegbox."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IVORY, ellipse_points, front_plate, strings
from meshforge.engines.text.kit.instruments import VARNISHES
from meshforge.engines.text.kit.solids import box, dome, rod
from meshforge.engines.text.kit.sweeps import front_disc

DARK = (45, 30, 25)


def build_lute(a: Assembly) -> None:
    """A pear-shaped bowl, a short neck, a pegbox bent back at an angle, a rose and strings."""
    s = a.vary(1.0, 0.06)
    wood = a.pick(VARNISHES)
    body_l, body_w = 0.48 * s, 0.3 * s
    centre = body_l * 0.45
    # the deep bowl behind, the flat soundboard across its open front (y = 0)
    bowl = dome((body_w / 2, body_l / 2, 0.12 * s), a.segments(body_w / 2)).rotate((-90, 0, 0))
    a.add(bowl.translate((0, 0, centre)), "body", wood)
    board = front_plate(ellipse_points(body_w / 2, body_l / 2, 40, (0, centre)), 0.008, -0.002)
    a.add(board, "soundboard", a.pick(((225, 190, 130), (210, 170, 110))), Tier.SECONDARY)
    front = -0.006
    a.add(
        front_disc(0.035 * s, 0.004, 24, 0, centre + body_l * 0.1, front), "rose", DARK, Tier.FIXED
    )
    neck_top = centre + body_l * 0.42 + 0.28 * s
    a.add(box((0.06 * s, 0.03 * s, 0.3 * s), (0, front, neck_top - 0.15 * s)), "neck", DARK)
    pegbox = box((0.05 * s, 0.025 * s, 0.18 * s), (0, 0, 0.08 * s)).rotate((-70, 0, 0))
    a.add(pegbox.translate((0, front, neck_top - 0.01)), "pegbox", DARK)
    for k in range(4):
        along = (0.03 + 0.04 * k) * s  # up the pegbox, tipped back 70 degrees
        y, z = front + along * 0.94, neck_top - 0.01 + along * 0.34
        a.add(rod((-0.04 * s, y, z), (0.04 * s, y, z), 0.004 * s, 6), "peg", DARK, Tier.FIXED)
    bridge_z = centre - body_l * 0.28
    a.add(box((0.08 * s, 0.014, 0.01), (0, front - 0.005, bridge_z)), "bridge", DARK, Tier.FIXED)
    pairs = [
        (
            (-0.02 * s + 0.01 * s * k, front - 0.012, bridge_z),
            (-0.015 * s + 0.0075 * s * k, front - 0.02, neck_top),
        )
        for k in range(5)
    ]
    wires = strings(pairs, 0.001)
    if wires is not None:
        a.add(wires, "string", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "lute",
    build_lute,
    0.8,
    description="a lute, a medieval stringed instrument with a round bowl back and a bent pegbox",
    synonyms=("lutes", "oud", "renaissance lute", "medieval lute"),
    kinds=("baroque lute",),
    parts=("body", "soundboard", "rose", "neck", "pegbox", "peg", "bridge", "string"),
    aliases={
        "bowl": "body",
        "strings": "string",
        "pegs": "peg",
        "head": "pegbox",
        "top": "soundboard",
    },
)
