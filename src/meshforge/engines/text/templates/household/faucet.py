"""A faucet (tap): a chrome column on a round foot, a swan-neck spout and a lever or two handles."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod
from meshforge.engines.text.kit.sweeps import tube

FINISHES: tuple[RGB, ...] = ((205, 208, 214), (205, 208, 214), (40, 40, 44), (190, 160, 95))
HOT: RGB = (200, 40, 40)
COLD: RGB = (40, 90, 200)


def build_faucet(a: Assembly) -> None:
    """A faucet (tap): a chrome column on a round foot, a swan-neck spout and a lever or two
    handles."""
    finish = a.pick(FINISHES)
    column_h, reach = a.vary(0.2, 0.15), a.vary(0.16, 0.15)
    column_r = a.vary(0.022, 0.1)
    a.add(cylinder(0.034, 0.012, a.segments(0.034), (0, 0, 0), 0.03), "base", finish)
    a.add(cylinder(column_r, column_h, a.segments(column_r), (0, 0, 0.01)), "body", finish)
    # the spout rises from the column's top, arches forward and turns down over the basin
    top = 0.01 + column_h
    arch = [
        (0.0, 0.0, top - 0.02),
        (0.0, -reach * 0.12, top + 0.07),
        (0.0, -reach * 0.55, top + 0.1),
        (0.0, -reach * 0.92, top + 0.06),
        (0.0, -reach, top - 0.01),
    ]
    spout_r = column_r * 0.62
    a.add(tube(arch, spout_r, a.segments(spout_r)), "spout", finish)
    tip = cylinder(spout_r * 1.1, 0.02, a.segments(spout_r), (0.0, -reach, top - 0.035))
    a.add(tip, "spout", finish)
    if a.mentions("two", "handles", "cross", "hot", "cold", "old") or a.chance(0.35):
        # two cross-head handles either side, marked hot and cold
        for side, mark in ((-1, HOT), (1, COLD)):
            x = side * (column_r + 0.035)
            a.add(rod((0, 0, 0.05), (x, 0, 0.05), 0.009, 10), "body", finish)
            a.add(cylinder(0.012, 0.04, 12, (x, 0, 0.035)), "handle", finish, Tier.SECONDARY)
            for turn in (0.0, 90.0):
                spoke = capsule((-0.02, 0, 0), (0.02, 0, 0), 0.006, 8).rotate((0, 0, turn + 45))
                a.add(spoke.translate((x, 0, 0.075)), "handle", finish, Tier.SECONDARY)
            a.add(cylinder(0.007, 0.006, 8, (x, 0, 0.08)), "handle", mark, Tier.FIXED)
        return
    # one lever on top of the column, pointing back
    lever_z = top - 0.05
    a.add(
        cylinder(column_r * 0.9, 0.03, a.segments(column_r), (column_r, 0, lever_z)),
        "handle",
        finish,
        Tier.SECONDARY,
    )
    lever = capsule(
        (column_r * 1.2, 0, lever_z + 0.03), (column_r * 1.2, 0.1, lever_z + 0.06), 0.007, 10
    )
    a.add(lever, "handle", finish, Tier.SECONDARY)


TEMPLATE = Template(
    "faucet",
    build_faucet,
    0.3,
    description="a chrome water tap with a curved spout and a lever, fitted over a sink",
    synonyms=(
        "tap",
        "water tap",
        "kitchen tap",
        "kitchen faucet",
        "bathroom faucet",
        "bathroom tap",
        "mixer tap",
        "sink tap",
        "spigot",
        "taps",
    ),
    not_claimed=("tap dance", "tap dancer", "tap shoes", "tap shoe", "beer tap"),
    parts=("base", "body", "spout", "handle"),
    aliases={"lever": "handle", "handles": "handle", "neck": "spout", "column": "body"},
)
