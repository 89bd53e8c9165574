"""A platypus: a low furry body on splayed webbed feet, a flat duck bill and a flat beaver tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid

PLATYPUS = Beast(
    length=0.32,
    girth=0.085,
    leg=0.02,
    leg_r=0.018,
    head_r=0.05,
    muzzle=0.0,
    neck=0.0,
    tilt=0,
    chest=0.95,
    ears="none",
    tail="none",
    coats=((110, 75, 50), (95, 65, 45), (125, 90, 60)),
    socks=(60, 45, 40),
)
BILL: RGB = (55, 50, 50)


def build_platypus(a: Assembly) -> None:
    """A platypus: a furry body low to the ground, a wide flat bill, a paddle tail."""
    b = build_beast(a, PLATYPUS)
    r = b.head_r
    bill_len = r * a.between(1.5, 1.9)
    # the bill: a broad flat spoon out of the face, a little wider at its end
    bill = ellipsoid((r * 0.75, bill_len * 0.55, r * 0.22), a.segments(r))
    a.add(
        bill.translate((0.0, b.head[1] - r * 0.6 - bill_len * 0.45, b.head[2] - r * 0.2)),
        "bill",
        BILL,
        Tier.FIXED,
    )
    for side in (-1, 1):  # webbed feet splayed out at the paws
        for y in (-b.length * 0.3, b.length * 0.3):
            foot = ellipsoid((r * 0.55, r * 0.5, r * 0.1), 12)
            a.add(
                foot.translate((side * b.girth * 0.75, y - r * 0.2, r * 0.1)),
                "paw",
                BILL,
                Tier.FIXED,
            )
    if a.wants("tail"):
        tail = ellipsoid((b.girth * 0.75, b.length * 0.38, b.girth * 0.22), a.segments(b.girth))
        a.add(tail.translate((0.0, b.length * 0.6, b.z - b.girth * 0.45)), "tail", b.coat)


TEMPLATE = Template(
    "platypus",
    build_platypus,
    0.15,
    description="a small brown furry water animal with a flat duck bill and a flat tail",
    synonyms=("platypuses", "platypi", "duck billed platypus", "duckbill platypus"),
    kinds=("baby platypus",),
    parts=(*PARTS, "bill"),
    aliases={**ALIASES, "beak": "bill"},
)
