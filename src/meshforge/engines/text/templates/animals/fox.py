"""A fox: slim russet body on dark legs, pointed ears and muzzle, a bushy white-tipped tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import CREAM
from meshforge.engines.text.kit.solids import ellipsoid

LEG_DARK: RGB = (45, 32, 28)

FOX = Beast(
    length=0.48,
    girth=0.085,
    leg=0.2,
    leg_r=0.022,
    head_r=0.08,
    muzzle=1.0,
    muzzle_r=0.34,
    neck=0.04,
    tilt=40,
    ears="pointy",
    ear=1.25,
    tail="bushy",
    tail_len=0.7,
    coats=((215, 105, 40), (200, 90, 35), (230, 125, 50)),
    droop=0.15,
    socks=LEG_DARK,
)


def build_fox(a: Assembly) -> None:
    """A fox: slim russet body on dark legs, pointed ears and muzzle, a bushy white-tipped tail."""
    coat = a.pick(((215, 105, 40), (200, 90, 35), (230, 125, 50)))
    if a.mentions("arctic", "snow", "polar"):
        coat = (240, 240, 238)
    b = build_beast(a, FOX, coat)
    # white chest and cheeks
    bib = ellipsoid((b.girth * 0.6, b.girth * 0.5, b.girth * 0.8), a.segments(b.girth * 0.4))
    bib_at = (0.0, -b.length * 0.42, b.z + b.girth * 0.1)
    a.add(bib.translate(bib_at), "chest", CREAM, Tier.SECONDARY)
    r = b.head_r
    cheek = ellipsoid((r * 0.75, r * 0.6, r * 0.45), a.segments(r * 0.4))
    a.add(
        cheek.translate((0, b.head[1] - r * 0.45, b.head[2] - r * 0.35)),
        "chest",
        CREAM,
        Tier.SECONDARY,
    )
    if a.wants("tail"):
        tip = ellipsoid((b.girth * 0.24, b.girth * 0.36, b.girth * 0.24), a.segments(b.girth * 0.3))
        a.add(tip.translate(b.tail_end), "tail tip", CREAM, Tier.SECONDARY)


TEMPLATE = Template(
    "fox",
    build_fox,
    0.45,
    description="a wild russet canine with pointed ears and a big bushy tail",
    synonyms=("vixen", "red fox", "foxy"),
    kinds=("arctic fox", "fennec", "fennec fox", "kit fox", "cub fox"),
    not_claimed=("fox glove",),
    parts=(*PARTS, "chest", "tail tip"),
    aliases={**ALIASES, "bib": "chest", "belly": "chest", "socks": "paw"},
)
