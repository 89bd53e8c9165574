"""A banjo standing up: a round drum body with a pale head, a long neck, pegs and strings."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, WOODS, strings
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import front_disc

HEAD: RGB = (240, 235, 220)
FRETBOARD: RGB = (45, 30, 25)


def build_banjo(a: Assembly) -> None:
    """A banjo standing up: a round drum body with a pale head, a long neck, pegs and strings."""
    s = a.vary(1.0, 0.05)
    body_r, depth = 0.17 * s, a.vary(0.07, 0.1) * s
    center_z = body_r
    a.add(front_disc(body_r, depth, a.segments(body_r), 0, center_z), "rim", WOODS)
    front = -depth / 2
    a.add(
        front_disc(
            body_r * 1.03, depth * 0.3, a.segments(body_r), 0, center_z, front + depth * 0.1
        ),
        "rim",
        SILVER,
        Tier.FIXED,
    )
    a.add(
        front_disc(body_r * 0.92, 0.006, a.segments(body_r), 0, center_z, front - 0.002),
        "head",
        HEAD,
        Tier.FIXED,
    )
    neck_l = a.vary(0.55, 0.06) * s
    top = center_z + body_r * 0.7 + neck_l
    a.add(
        box(
            (0.045 * s, 0.025 * s, neck_l + body_r * 0.3),
            (0, front + 0.004, center_z + body_r * 0.55 + neck_l / 2),
        ),
        "neck",
        WOODS,
        Tier.SECONDARY,
    )
    a.add(
        box(
            (0.05 * s, 0.008 * s, neck_l),
            (0, front - 0.008, center_z + body_r * 0.9 + neck_l / 2 - 0.02),
        ),
        "fretboard",
        FRETBOARD,
        Tier.FIXED,
    )
    head_z = top + 0.06 * s
    a.add(
        box((0.075 * s, 0.022 * s, 0.15 * s), (0, front + 0.004, head_z)),
        "headstock",
        FRETBOARD,
        Tier.FIXED,
    )
    for side in (-1, 1):
        for k in range(2):
            z = head_z - 0.03 * s + k * 0.06 * s
            a.add(
                rod(
                    (side * 0.035 * s, front + 0.004, z),
                    (side * 0.06 * s, front + 0.004, z),
                    0.007 * s,
                    8,
                ),
                "peg",
                SILVER,
                Tier.FIXED,
            )
    bridge_z = center_z - body_r * 0.45
    a.add(
        box((0.07 * s, 0.01, 0.01), (0, front - 0.007, bridge_z)),
        "bridge",
        (200, 170, 120),
        Tier.FIXED,
    )
    count = a.count("string", 5, 4, 6)
    pairs = [
        (
            (-0.02 * s + 0.04 * s * k / (count - 1), front - 0.012, bridge_z),
            (-0.015 * s + 0.03 * s * k / (count - 1), front - 0.012, top),
        )
        for k in range(count)
    ]
    wires = strings(pairs, 0.0012)
    if wires is not None:
        a.add(wires, "string", (225, 225, 215), Tier.FIXED)
    # the strings ride over the bridge and the nut: short posts tie their ends to the body
    a.add(
        box((0.06 * s, 0.012, 0.01), (0, front - 0.008, top)), "bridge", (235, 230, 215), Tier.FIXED
    )


TEMPLATE = Template(
    "banjo",
    build_banjo,
    1.0,
    description="a banjo, a stringed instrument with a round drum body and a long neck",
    synonyms=("banjos", "five string banjo", "bluegrass banjo"),
    kinds=("banjolele", "tenor banjo"),
    parts=("rim", "head", "neck", "fretboard", "headstock", "peg", "bridge", "string"),
    aliases={"body": "rim", "drum": "head", "strings": "string", "pegs": "peg"},
)
