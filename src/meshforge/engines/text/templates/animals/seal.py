"""A seal hauled out on its belly: a plump grey body, head raised, big dark eyes, flippers."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.pinnipeds import ALIASES, PARTS, Pinniped, build_pinniped
from meshforge.engines.text.kit.solids import ellipsoid, union

SEAL = Pinniped(
    length=1.6,
    girth=0.23,
    head_r=0.115,
    muzzle=0.55,
    rise=0.22,
    coats=((125, 125, 130), (150, 145, 140), (95, 90, 90), (175, 170, 160)),
)


def build_seal(a: Assembly) -> None:
    """A seal hauled out on its belly: a plump grey body, head raised, big dark eyes, flippers."""
    hauled = build_pinniped(a, SEAL)
    if a.maybe("whisker", 0.8):
        r = hauled.muzzle_r
        hairs = []
        for side in (-1, 1):
            pad = ellipsoid((r * 0.5, r * 0.4, r * 0.45), a.segments(r * 0.5))
            x, y, z = hauled.muzzle
            hairs.append(pad.translate((x + side * r * 0.55, y - r * 0.5, z - r * 0.1)))
        a.add(union(hairs), "whisker", (200, 195, 185), Tier.FIXED)


TEMPLATE = Template(
    "seal",
    build_seal,
    0.5,
    description="a plump grey sea mammal with flippers lying on a rock or beach",
    synonyms=(
        "seals",
        "harbor seal",
        "harbour seal",
        "grey seal",
        "gray seal",
        "sea lion",
        "seal pup",
    ),
    kinds=(
        "elephant seal",
        "fur seal",
        "baby seal",
        "leopard seal",
        "manatee",
        "dugong",
        "sea cow",
    ),
    not_claimed=("navy seal", "seal stamp", "wax seal", "seal of approval"),
    parts=(*PARTS, "whisker"),
    aliases={**ALIASES, "whiskers": "whisker"},
)
