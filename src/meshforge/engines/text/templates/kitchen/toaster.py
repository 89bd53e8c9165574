"""A pop-up toaster: a rounded box with two bread slots on top and a lever on the side."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SMALL_APPLIANCES, front_knob
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import box, rounded_box, subtract


def build_toaster(a: Assembly) -> None:
    """A pop-up toaster: a rounded box with two bread slots on top and a lever on the side."""
    width, depth, height = a.vary(0.27, 0.08), a.vary(0.16, 0.08), a.vary(0.19, 0.08)
    slots = a.count("slot", a.pick((2, 2, 4)), 1, 4)
    if slots == 4:
        depth *= 1.6
    body = rounded_box(
        (width, depth, height), a.between(0.025, 0.04), a.segments(0.04), (0, 0, height / 2 + 0.008)
    )
    slot_w, slot_d = 0.018, width * 0.68
    rows = (
        [0.0]
        if slots == 1
        else [
            (-1) ** k * depth * (0.13 if slots == 2 else 0.09 + 0.14 * (k // 2))
            for k in range(slots)
        ]
    )
    cuts = [box((slot_d, slot_w, height * 0.75), (0, y, height + 0.01)) for y in rows]
    a.add(subtract(body, *cuts), "body", a.pick(SMALL_APPLIANCES))
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                box((0.03, 0.02, 0.012), (sx * width * 0.38, sy * depth * 0.35, 0.006)),
                "foot",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
    if a.wants("lever"):
        a.add(
            box((0.02, 0.035, 0.012), (width / 2 + 0.008, 0, height * 0.7)),
            "lever",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        a.add(
            box((0.012, 0.006, height * 0.55), (width / 2 + 0.0, 0, height * 0.5)),
            "lever",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    front_knob(a, 0.012, 0.012, width * 0.3, height * 0.3, -depth / 2 + 0.002, BLACK_PLASTIC)
    if a.maybe("toast", 0.45):
        floor = height + 0.01 - height * 0.375
        rise = a.between(0.04, 0.07)
        for y in rows:
            low, high = floor - 0.004, height + 0.008 + rise
            bread = rounded_box(
                (slot_d * 0.82, slot_w * 0.6, high - low),
                0.012,
                a.segments(0.02),
                (0, y, (low + high) / 2),
            )
            a.add(bread, "toast", a.pick(CRUSTS), Tier.FIXED)


TEMPLATE = Template(
    "toaster",
    build_toaster,
    0.2,
    description="a kitchen toaster: a rounded metal box with two bread slots and a lever",
    synonyms=("pop up toaster", "bread toaster", "electric toaster"),
    kinds=("four slice toaster", "retro toaster"),
    not_claimed=("toaster oven",),
    parts=("body", "slot", "lever", "knob", "foot", "toast"),
    aliases={"bread": "toast", "handle": "lever", "dial": "knob"},
)
