"""A hand can opener lying flat: two long handles, a round head with a cutting wheel, a wing key."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import capsule, cylinder, rounded_box

GRIPS: tuple[RGB, ...] = (
    (35, 35, 38),
    (200, 45, 45),
    (60, 110, 180),
    (240, 240, 236),
    (90, 160, 90),
)


def build_can_opener(a: Assembly) -> None:
    """A hand can opener: two long handles, a round head with a cutting wheel and a wing key."""
    length, head_r = a.vary(0.17, 0.1), a.vary(0.022, 0.1)
    z = 0.012
    head = rounded_box((0.05, 0.05, 0.02), 0.006, 12, (0, 0, z))
    a.add(head, "head", STEEL, Tier.FIXED)
    for side in (-1, 1):
        frame = capsule((0, side * 0.012, z), (-length, side * 0.014, z), 0.006, 10)
        a.add(frame.scale((1, 1, 0.6)), "frame", STEEL, Tier.FIXED)
        grip = capsule(
            (-0.04, side * 0.014, z), (-length, side * 0.016, z), 0.011, a.segments(0.011)
        )
        a.add(grip.scale((1, 1, 0.9)), "handle", GRIPS)
    # the cutting wheel sits under the head; the turning key stands on top of it
    a.add(cylinder(head_r * 0.6, 0.006, 16, (0.006, 0, z - 0.016)), "wheel", STEEL, Tier.FIXED)
    a.add(cylinder(0.005, 0.02, 10, (0.0, 0, z + 0.008)), "key", STEEL, Tier.FIXED)
    key_top = z + 0.028
    a.add(cylinder(head_r, 0.014, a.segments(head_r), (0, 0, key_top - 0.002)), "key", GRIPS)
    wing = rounded_box((head_r * 3.4, head_r * 0.7, 0.018), 0.005, 12, (0, 0, key_top + 0.014))
    a.add(wing, "key", a.color("key", GRIPS))


TEMPLATE = Template(
    "can opener",
    build_can_opener,
    0.05,
    description="a hand can opener: two long handles, a cutting wheel and a turning key for tins",
    synonyms=("tin opener", "can-opener", "tin-opener", "opener"),
    parts=("handle", "frame", "head", "wheel", "key"),
    aliases={"handles": "handle", "knob": "key", "butterfly": "key", "blade": "wheel"},
)
