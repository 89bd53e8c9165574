"""A wolf: a rangy grey canine with a long muzzle, upright ears and a drooping bushy tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import CREAM
from meshforge.engines.text.kit.solids import ellipsoid

WOLF = Beast(
    length=1.0,
    girth=0.17,
    leg=0.45,
    leg_r=0.04,
    head_r=0.14,
    muzzle=1.05,
    muzzle_r=0.42,
    neck=0.06,
    tilt=30,
    ears="pointy",
    ear=1.0,
    tail="bushy",
    tail_len=0.5,
    coats=((125, 125, 128), (150, 145, 140), (95, 90, 88), (60, 58, 60)),
    accent=(215, 210, 200),
    droop=0.12,
)


def build_wolf(a: Assembly) -> None:
    """A wolf: a rangy grey canine with a long muzzle, upright ears and a drooping bushy tail."""
    coat = (240, 240, 236) if a.mentions("arctic", "white", "snow") else None
    b = build_beast(a, WOLF, coat)
    # a thick ruff of fur at the throat and shoulders
    ruff = ellipsoid((b.girth * 0.85, b.girth * 0.7, b.girth * 1.05), a.segments(b.girth * 0.6))
    a.add(ruff.translate((0, -b.length * 0.36, b.z + b.girth * 0.25)), "body", b.coat)
    belly = ellipsoid((b.girth * 0.55, b.length * 0.3, b.girth * 0.4), a.segments(b.girth * 0.4))
    a.add(
        belly.translate((0, -b.length * 0.05, b.z - b.girth * 0.6)), "belly", CREAM, Tier.SECONDARY
    )


TEMPLATE = Template(
    "wolf",
    build_wolf,
    0.85,
    description="a wild grey canine that howls and hunts in packs",
    synonyms=("grey wolf", "gray wolf", "timber wolf", "werewolf"),
    kinds=("arctic wolf", "dire wolf", "coyote", "jackal", "dingo", "wolf pup", "hyena"),
    parts=(*PARTS, "belly"),
    aliases={**ALIASES, "ruff": "body", "chest": "belly"},
)
