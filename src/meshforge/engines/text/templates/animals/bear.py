"""A bear on all fours: bulky, a shoulder hump, thick legs, round ears, short muzzle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid

BEAR = Beast(
    length=1.5,
    girth=0.4,
    leg=0.42,
    leg_r=0.12,
    head_r=0.24,
    muzzle=0.75,
    muzzle_r=0.5,
    neck=0.05,
    tilt=15,
    chest=1.08,
    ears="round",
    ear=0.9,
    tail="stub",
    coats=((110, 75, 45), (85, 58, 38), (130, 95, 60), (40, 35, 33)),
    accent=(150, 115, 80),
    droop=0.1,
)

POLAR: RGB = (242, 238, 225)
BLACK: RGB = (35, 32, 32)


def build_bear(a: Assembly) -> None:
    """A bear on all fours: bulky, a shoulder hump, thick legs, round ears, short muzzle."""
    coat: RGB | None = None
    if a.mentions("polar", "white", "ice"):
        coat = POLAR
    elif a.mentions("black bear"):
        coat = BLACK
    b = build_beast(a, BEAR, coat)
    if coat is not POLAR:  # the grizzly's hump of muscle over the shoulders
        hump = ellipsoid((b.girth * 0.7, b.length * 0.18, b.girth * 0.5), a.segments(b.girth * 0.5))
        a.add(hump.translate((0, -b.length * 0.22, b.z + b.girth * 0.72)), "body", b.coat)


TEMPLATE = Template(
    "bear",
    build_bear,
    1.1,
    description="a big heavy wild animal with thick fur, round ears and a short tail",
    synonyms=("grizzly", "grizzly bear", "brown bear", "polar bear", "black bear"),
    kinds=("kodiak", "kodiak bear", "bear cub", "sun bear", "sloth bear", "ice bear"),
    parts=PARTS,
    aliases=ALIASES,
    priority=1,
    kinds_in_wordnet=("bear",),
)
