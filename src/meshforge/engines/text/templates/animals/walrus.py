"""A walrus: a huge wrinkled brown body, a broad whiskered muzzle and two long ivory tusks."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.pinnipeds import ALIASES, PARTS, Pinniped, build_pinniped
from meshforge.engines.text.kit.solids import capsule, ellipsoid, union

WALRUS = Pinniped(
    length=2.8,
    girth=0.6,
    head_r=0.24,
    muzzle=0.72,
    rise=0.14,
    coats=((150, 100, 80), (170, 120, 95), (135, 90, 75)),
)
WHISKERS: RGB = (215, 190, 160)


def build_walrus(a: Assembly) -> None:
    """A walrus: a huge wrinkled brown body, a broad whiskered muzzle and two long tusks."""
    hauled = build_pinniped(a, WALRUS)
    x, y, z = hauled.muzzle
    r = hauled.muzzle_r
    pads = [
        ellipsoid(
            (r * 0.62, r * 0.55, r * 0.6),
            a.segments(r * 0.6),
            (x + side * r * 0.5, y - r * 0.45, z - r * 0.15),
        )
        for side in (-1, 1)
    ]
    a.add(union(pads), "whisker", WHISKERS, Tier.SECONDARY)
    if a.wants("tusk"):
        reach = hauled.head_r * a.between(2.4, 3.2)
        tusks = []
        for side in (-1, 1):
            root = (x + side * r * 0.35, y - r * 0.7, z - r * 0.4)
            tip = (root[0] + side * r * 0.15, root[1] - reach * 0.15, max(0.03, root[2] - reach))
            tusks.append(capsule(root, tip, r * 0.14, 12, r * 0.06))
        a.add(union(tusks), "tusk", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "walrus",
    build_walrus,
    1.0,
    description="a huge brown arctic sea mammal with two long white tusks and a bristly moustache",
    synonyms=("walruses", "walrusses"),
    kinds=("baby walrus", "walrus calf"),
    parts=(*PARTS, "whisker", "tusk"),
    aliases={
        **ALIASES,
        "whiskers": "whisker",
        "moustache": "whisker",
        "mustache": "whisker",
        "tusks": "tusk",
    },
)
