"""A walking stick: a straight shaft with a rubber ferrule and a crook, knob or T handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import RUBBER

WOODS: tuple[RGB, ...] = ((110, 70, 40), (150, 100, 60), (70, 45, 30), (190, 145, 90))
KNOBS: tuple[RGB, ...] = ((205, 170, 80), (205, 208, 214), (35, 35, 38))


def build_walking_stick(a: Assembly) -> None:
    """A walking stick: a straight shaft with a rubber ferrule and a crook, knob or T handle."""
    length, wood = a.vary(0.9, 0.05), a.pick(WOODS)
    radius = a.vary(0.012, 0.12)
    a.add(rod((0, 0, 0.03), (0, 0, length), radius, 12), "shaft", wood)
    a.add(
        cylinder(radius * 1.25, 0.035, 12, (0, 0, 0), radius * 1.1), "ferrule", RUBBER, Tier.FIXED
    )
    style = a.pick(("crook", "crook", "crook", "crook", "derby", "knob"))
    if a.mentions("crook", "hook", "curved"):
        style = "crook"
    elif a.mentions("knob", "gentleman", "gentlemans", "silver", "gold"):
        style = "knob"
    if style == "crook":
        hook = [
            (0.0, 0.0, length - 0.02),
            (0.0, 0.0, length + 0.03),
            (0.03, 0.0, length + 0.075),
            (0.07, 0.0, length + 0.075),
            (0.1, 0.0, length + 0.035),
            (0.1, 0.0, length + 0.005),
        ]
        a.add(tube(hook, radius, 12), "handle", wood, Tier.SECONDARY)
    elif style == "derby":
        # low enough that the shaft's end is sunk in the grip, not just touching its underside
        grip = capsule((-0.03, 0.0, length + 0.002), (0.09, 0.0, length + 0.012), radius * 1.2, 12)
        a.add(grip, "handle", wood, Tier.SECONDARY)
    else:
        a.add(
            sphere(radius * 2.2, 16, (0, 0, length + radius)),
            "handle",
            a.pick(KNOBS),
            Tier.SECONDARY,
        )
        a.add(
            cylinder(radius * 1.3, 0.03, 12, (0, 0, length - 0.04)),
            "collar",
            a.pick(KNOBS),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "walking stick",
    build_walking_stick,
    0.95,
    description="a wooden stick with a curved handle that helps an old person walk",
    synonyms=("cane", "walking cane", "walking staff", "canes", "walking sticks", "crook cane"),
    not_claimed=("candy cane", "sugar cane", "candy canes"),
    parts=("shaft", "handle", "ferrule", "collar"),
    aliases={
        "stick": "shaft",
        "crook": "handle",
        "knob": "handle",
        "tip": "ferrule",
        "grip": "handle",
    },
)
