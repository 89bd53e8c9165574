"""A rocking chair: a spindle-backed wooden chair with arms on two curved rockers."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS, PAINTS, WOODS
from meshforge.engines.text.kit.solids import Vec3, box, rod, slab
from meshforge.engines.text.kit.sweeps import tube


def build_rocking_chair(a: Assembly) -> None:
    """A rocking chair: a spindle-backed chair with arms on two curved rockers."""
    wood = a.pick(WOODS + PAINTS[:1])
    width, depth = a.vary(0.55, 0.08), a.vary(0.5, 0.08)
    seat_z, back_h = a.vary(0.45, 0.06), a.vary(0.6, 0.1)
    half_w = width / 2 - 0.03
    span = depth * 1.6
    bow = a.vary(0.05, 0.2)
    for sx in (-1, 1):
        x = sx * half_w
        curve: list[Vec3] = [
            (x, -span / 2 + span * k / 8, bow * (2 * k / 8 - 1) ** 2 + 0.02) for k in range(9)
        ]
        a.add(tube(curve, 0.02, 8), "rocker", wood)
        for sy in (-1, 1):
            y = sy * (depth / 2 - 0.04)
            foot_z = bow * (2 * y / span) ** 2 + 0.02
            top = seat_z if sy < 0 else seat_z + back_h
            a.add(rod((x, y, foot_z), (x, y, top), 0.018, 8), "leg", wood)
        a.add(box((0.05, depth, 0.03), (x, 0, seat_z + 0.22)), "arm", wood)
        a.add(
            rod((x, -depth / 2 + 0.04, seat_z), (x, -depth / 2 + 0.04, seat_z + 0.22), 0.015, 8),
            "arm",
            wood,
        )
    a.add(slab((width, depth, 0.04), 0.02, 8, (0, 0, seat_z)), "seat", wood)
    y_back = depth / 2 - 0.04
    a.add(box((width, 0.05, 0.07), (0, y_back, seat_z + back_h - 0.035)), "back", wood)
    spindles = a.pick((5, 6, 7))
    for k in range(spindles):
        x = -half_w + 2 * half_w * (k + 1) / (spindles + 1)
        a.add(rod((x, y_back, seat_z), (x, y_back, seat_z + back_h - 0.05), 0.011, 8), "back", wood)
    if a.maybe("cushion", 0.4, "padded"):
        a.add(
            slab((width - 0.06, depth - 0.08, 0.05), 0.025, 8, (0, -0.01, seat_z + 0.04)),
            "cushion",
            a.pick(FABRICS),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "rocking chair",
    build_rocking_chair,
    1.05,
    description="a wooden rocking chair with arms on two curved rockers",
    synonyms=("rocker chair", "rocking seat", "porch rocker"),
    kinds=("windsor rocker", "nursing chair"),
    parts=("rocker", "leg", "arm", "seat", "back", "cushion"),
    aliases={"armrest": "arm", "backrest": "back", "pad": "cushion"},
)
