"""A tadpole: a plump round dark head-and-body tapering into a long flat tail fin, two small
eyes on top; older ones have two little back legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import capsule, ellipsoid, union

SKINS: tuple[RGB, ...] = ((60, 55, 45), (80, 70, 50), (50, 60, 45))
FIN: RGB = (120, 110, 90)


def build_tadpole(a: Assembly) -> None:
    """A tadpole: a plump round body tapering into a long flat finned tail, two small eyes."""
    r = a.vary(0.01, 0.08)
    skin = a.pick(SKINS)
    lift = r * 0.8
    body = ellipsoid((r * 0.9, r * 1.15, r * 0.8), a.segments(r), (0, 0, lift))
    a.add(body, "body", skin)
    yaw = a.between(-15, 15)  # the tail swung a little to one side, as it swims
    tail = spindle((0, r * 0.4, lift), (0, r * 3.8, lift * 0.9), r * 0.35, 16, 0.6)
    a.add(tail.rotate((0, 0, yaw)), "tail", skin)
    fin = ellipsoid((r * 0.07, r * 1.6, r * 0.6), a.segments(r), (0, r * 2.4, lift * 0.95))
    a.add(fin.rotate((0, 0, yaw)), "fin", FIN, Tier.SECONDARY)
    set_eyes(a, (0, -r * 0.1, lift + r * 0.15), r * 0.85, 50, 30, 0.16)
    if a.maybe("leg", 0.35, "legs"):
        legs = [
            capsule(
                (s * r * 0.5, r * 0.7, lift - r * 0.3),
                (s * r * 1.3, r * 1.2, r * 0.12),
                r * 0.12,
                8,
                r * 0.08,
            )
            for s in (-1, 1)
        ]
        a.add(union(legs), "leg", skin)


TEMPLATE = Template(
    "tadpole",
    build_tadpole,
    0.015,
    description="a baby frog swimming, a round dark body with a long flat tail",
    synonyms=("tadpoles", "polliwog", "pollywog"),
    kinds=("frog tadpole", "froglet"),
    parts=("body", "tail", "fin", "eye", "leg"),
    aliases={"head": "body", "legs": "leg", "eyes": "eye"},
)
