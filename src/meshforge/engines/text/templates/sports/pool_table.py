"""A pool table: green cloth in a wooden frame with cushions and six pockets, on stout legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, sphere, subtract

WOODS: tuple[RGB, ...] = ((110, 60, 35), (70, 40, 25), (150, 95, 55), (40, 40, 44))
CLOTHS: tuple[RGB, ...] = ((30, 120, 60), (30, 90, 160), (150, 30, 40))
POCKET: RGB = (25, 25, 28)


def build_pool_table(a: Assembly) -> None:
    """Green cloth in a wooden frame with cushions and six pockets, on stout legs."""
    wood, cloth = a.pick(WOODS), a.pick(CLOTHS)
    length, width = a.vary(2.5, 0.06), a.vary(1.4, 0.05)
    top = 0.8
    rail = 0.12
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                box(
                    (0.14, 0.14, top - 0.1),
                    (sx * (width / 2 - 0.12), sy * (length / 2 - 0.15), (top - 0.1) / 2),
                ),
                "leg",
                wood,
            )
    a.add(box((width, length, 0.2), (0, 0, top - 0.1)), "frame", wood)
    pockets = []
    for sx in (-1, 1):
        for y in (-length / 2 + rail, 0.0, length / 2 - rail):
            x = sx * (width / 2 - rail)
            pockets.append(cylinder(0.065, 0.2, 16, (x + sx * 0.02 * (y == 0), y, top - 0.05)))
    frame = subtract(
        box((width, length, 0.08), (0, 0, top + 0.04)),
        box((width - 2 * rail, length - 2 * rail, 0.2), (0, 0, top + 0.04)),
        *pockets,
    )
    a.add(frame, "rail", wood)
    cloth_top = subtract(
        box((width - 2 * rail + 0.02, length - 2 * rail + 0.02, 0.06), (0, 0, top + 0.03)), *pockets
    )
    a.add(cloth_top, "cloth", cloth, Tier.SECONDARY)
    for p in pockets:
        floor = box((width * 2, length * 2, 0.06), (0, 0, top - 0.03))
        a.add(p.translate((0, 0, -0.04)) ^ floor, "pocket", POCKET, Tier.FIXED)
    if a.maybe("ball", 0.7, "balls", "rack"):
        r = 0.028
        k = 0
        for row in range(4):
            for i in range(row + 1):
                x = (i - row / 2) * r * 2.02
                y = length * 0.22 + row * r * 1.75
                a.add(
                    sphere(r, 16, (x, y, top + 0.06 + r * 0.95)),
                    "ball",
                    BRIGHTS[k % len(BRIGHTS)],
                    Tier.FIXED,
                )
                k += 1
        a.add(
            sphere(r, 16, (0, -length * 0.25, top + 0.06 + r * 0.95)),
            "ball",
            (248, 248, 244),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "pool table",
    build_pool_table,
    0.85,
    description="a pool table: a felt covered billiards table with cushions, six pockets and balls",
    synonyms=("billiard table", "billiards table", "snooker table", "pool tables"),
    parts=("leg", "frame", "rail", "cloth", "pocket", "ball"),
    aliases={
        "felt": "cloth",
        "legs": "leg",
        "cushion": "rail",
        "cushions": "rail",
        "balls": "ball",
    },
)
