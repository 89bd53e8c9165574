"""A garlic bulb: plump white cloves bunched into a pointed papery head, one clove loose."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.vegetables import bulb_outline, fluted, root_tuft

SKINS: tuple[RGB, ...] = ((240, 232, 215), (235, 225, 210), (230, 215, 215))
ROOTS: RGB = (200, 180, 140)


def build_garlic(a: Assembly) -> None:
    """A garlic bulb: plump white cloves bunched into a pointed papery head, one clove loose."""
    radius = a.vary(0.03, 0.1)
    height = radius * a.between(2.0, 2.3)
    cloves = a.pick((7, 8, 9))
    outline = bulb_outline(radius, height, 0.16)
    head = fluted(turned(outline, height, a.segments(radius)), cloves, 0.07)
    lift = radius * 0.12
    a.add(head.translate((0, 0, lift)), "bulb", SKINS)
    if a.wants("root"):
        roots = root_tuft(a, (0.0, 0.0, lift + radius * 0.05), radius * 0.3)
        a.add(roots, "root", ROOTS, Tier.FIXED)
    if a.maybe("clove", 0.7):
        # one clove lying beside the head: a crescent made of a half-bulb, its back to the head
        length = radius * 1.3
        clove = turned(bulb_outline(radius * 0.35, length, 0.2), length, 16)
        clove = clove.scale((1.0, 0.7, 1.0)).rotate((0, 75, 0))
        # in front of the head, pressed into its lower curve, then turned round it at random
        placed = clove.translate((0.0, -radius * 0.75, radius * 0.3))
        a.add(placed.rotate((0, 0, a.between(-50, 50))), "clove", SKINS)


TEMPLATE = Template(
    "garlic",
    build_garlic,
    0.06,
    description="a white bulb of garlic made of plump cloves, with a pointed top",
    synonyms=("garlic bulb", "bulb of garlic", "head of garlic", "garlic clove", "garlic cloves"),
    kinds=("elephant garlic",),
    not_claimed=("garlic bread", "garlic press"),
    parts=("bulb", "clove", "root"),
    aliases={"head": "bulb", "skin": "bulb", "cloves": "clove", "roots": "root", "body": "bulb"},
)
