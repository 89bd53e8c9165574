"""A crib: a baby's bed walled all round by slatted rails between four posts, a mattress inside."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, rounded_box, union

#: pastel sheets and blankets of a nursery
NURSERY: tuple[RGB, ...] = (
    (245, 244, 238),
    (190, 215, 240),
    (245, 200, 210),
    (250, 235, 170),
    (200, 230, 200),
)


def build_crib(a: Assembly) -> None:
    """A crib: a baby's bed walled all round by slatted rails between four posts, a mattress."""
    length, width = a.vary(1.25, 0.06), a.vary(0.68, 0.06)
    height = a.vary(0.95, 0.06)
    wood = a.pick(WOODS + PAINTS[:1] + PAINTS[:1])
    post, rail = 0.05, 0.04
    base_z = a.vary(0.3, 0.12)  # the mattress base, high enough to reach a newborn
    hx, hy = length / 2 - post / 2, width / 2 - post / 2
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(box((post, post, height), (sx * hx, sy * hy, height / 2)), "post", wood)
            a.add(
                rounded_box(
                    (post * 1.2, post * 1.2, 0.03), 0.01, 8, (sx * hx, sy * hy, height + 0.01)
                ),
                "post",
                wood,
            )
    spacing = a.vary(0.075, 0.1)
    for side_y in (-1, 1):  # the long sides
        _slatted_side(a, (0.0, side_y * hy), (length - post, rail), base_z, height, spacing, wood)
    for side_x in (-1, 1):  # the ends: a solid panel, or slats like the sides
        x = side_x * hx
        if a.chance(0.5):
            panel = box(
                (rail * 0.6, width - post, height - base_z - 0.05),
                (x, 0, (height + base_z) / 2 - 0.02),
            )
            a.add(panel, "panel", wood)
        else:
            _slatted_side(a, (x, 0.0), (rail, width - post), base_z, height, spacing, wood)
    mattress = rounded_box(
        (length - 2 * post + 0.02, width - 2 * post + 0.02, 0.1), 0.03, 12, (0, 0, base_z + 0.06)
    )
    a.add(mattress, "mattress", a.pick(NURSERY), Tier.SECONDARY)
    if a.maybe("blanket", 0.6):
        blanket = rounded_box(
            (length * 0.45, width - 2 * post - 0.01, 0.03),
            0.012,
            12,
            (length * 0.2, 0, base_z + 0.115),
        )
        a.add(blanket, "blanket", a.pick(NURSERY), Tier.SECONDARY)
    if a.maybe("pillow", 0.5):
        pillow = rounded_box(
            (0.2, 0.3, 0.05), 0.022, 12, (-length / 2 + post + 0.14, 0, base_z + 0.13)
        )
        a.add(pillow, "pillow", NURSERY[0], Tier.FIXED)


def _slatted_side(
    a: Assembly,
    center: tuple[float, float],
    footprint: tuple[float, float],
    low: float,
    high: float,
    spacing: float,
    color: RGB,
) -> None:
    """A rail at ``low`` and at ``high`` joined by upright bars, along the longer of X and Y."""
    along_x = footprint[0] > footprint[1]
    span = max(footprint)
    bars = [box((*footprint, 0.032), (*center, z)) for z in (low, high - 0.02)]
    count = max(2, int(span / spacing))
    for k in range(count):
        offset = -span / 2 + (k + 0.5) * span / count
        x, y = (center[0] + offset, center[1]) if along_x else (center[0], center[1] + offset)
        bars.append(box((0.02, 0.02, high - low), (x, y, (low + high) / 2 - 0.01)))
    a.add(union(bars), "slat", color)


TEMPLATE = Template(
    "crib",
    build_crib,
    0.95,
    description="a baby's bed with high barred sides so the baby cannot fall out",
    synonyms=("cot", "baby cot", "baby crib", "baby bed", "cot bed", "nursery crib", "babys cot"),
    parts=("post", "slat", "panel", "mattress", "blanket", "pillow"),
    aliases={"bars": "slat", "slats": "slat", "rail": "slat", "rails": "slat", "sheet": "mattress"},
    priority=1,
)
