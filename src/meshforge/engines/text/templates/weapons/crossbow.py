"""A crossbow lying level, pointing to the front: a stock, a steel bow across it, a bolt."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, IVORY, WOODS
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube


def build_crossbow(a: Assembly) -> None:
    """A crossbow lying level, pointing to the front: a stock, a steel bow across it, a bolt."""
    length = a.vary(0.75, 0.08)
    span = a.vary(0.62, 0.1)
    z = 0.12
    front = -length / 2
    wood = a.pick(WOODS)
    stock = Manifold.batch_hull(
        [
            box((0.04, 0.02, 0.04), (0, front, z)),
            box((0.045, 0.02, 0.045), (0, length * 0.1, z)),
        ]
    )
    butt = Manifold.batch_hull(
        [
            box((0.045, 0.02, 0.045), (0, length * 0.1, z)),
            box((0.05, 0.03, 0.1), (0, length / 2, z - 0.045)),
        ]
    )
    a.add(stock, "stock", wood)
    a.add(butt, "stock", wood)
    a.add(box((0.02, 0.04, 0.07), (0, length * 0.02, z - 0.05)), "stock", wood)
    a.add(
        box((0.008, 0.03, 0.04), (0, -length * 0.05, z - 0.04)), "trigger", DARK_STEEL, Tier.FIXED
    )
    bow_y = front + 0.04
    sweep = span * a.between(0.12, 0.18)
    tips = []
    for side in (-1, 1):
        path = [
            (0.0, bow_y, z),
            (side * span * 0.25, bow_y + sweep * 0.15, z),
            (side * span * 0.5, bow_y + sweep, z),
        ]
        a.add(tube(path, 0.012, 16, 0.006), "limb", DARK_STEEL)
        tips.append(path[-1])
    if a.wants("string"):
        nut = (0.0, front + length * 0.42, z + 0.025)
        for tip in tips:
            a.add(rod(tip, nut, 0.0022, 6), "string", IVORY, Tier.FIXED)
    if a.maybe("bolt", 0.7, "arrow", "loaded"):
        a.add(
            rod((0, front + length * 0.4, z + 0.023), (0, front - 0.04, z + 0.023), 0.004, 8),
            "bolt",
            a.pick(WOODS),
            Tier.FIXED,
        )
        a.add(
            rod((0, front - 0.04, z + 0.023), (0, front - 0.07, z + 0.023), 0.007, 8, 0.0005),
            "bolt",
            DARK_STEEL,
            Tier.FIXED,
        )
    a.add(box((0.045, 0.05, 0.01), (0, front, z - 0.02)), "stirrup", DARK_STEEL, Tier.FIXED)
    a.add(box((0.05, 0.02, 0.02), (0, length / 2, z - 0.07 - 0.045 + 0.02)), "stock", wood)
    a.add(
        box((0.03, 0.03, z - 0.04), (0, length / 2 - 0.01, (z - 0.04) / 2)),
        "stand",
        DARK_STEEL,
        Tier.FIXED,
    )
    a.add(
        box((0.03, 0.03, z - 0.015), (0, front + 0.02, (z - 0.015) / 2)),
        "stand",
        DARK_STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "crossbow",
    build_crossbow,
    0.3,
    description="a weapon with a short bow fixed across a stock that shoots bolts",
    synonyms=("cross bow", "arbalest", "medieval crossbow"),
    kinds=("repeating crossbow", "hand crossbow"),
    parts=("stock", "limb", "string", "bolt", "trigger", "stirrup", "stand"),
    aliases={"bow": "limb", "arrow": "bolt", "body": "stock"},
)
