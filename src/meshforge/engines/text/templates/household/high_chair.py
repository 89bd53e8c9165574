"""A baby's high chair: a small seat on four tall splayed legs, a tray in front, a footrest."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, rod, rounded_box, slab

PLASTICS: tuple[RGB, ...] = ((245, 245, 240), (120, 190, 220), (240, 170, 190), (180, 215, 130))
CUSHIONS: tuple[RGB, ...] = ((90, 150, 200), (230, 120, 140), (250, 210, 90), (150, 150, 160))


def build_high_chair(a: Assembly) -> None:
    """A high chair: the seat at table height on splayed legs, back, arms, tray and footrest."""
    wooden = a.mentions("wooden", "wood") or a.chance(0.5)
    frame = a.pick(WOODS) if wooden else a.pick(PLASTICS + PAINTS[:1])
    seat_z, width, depth = a.vary(0.56, 0.08), a.vary(0.36, 0.08), a.vary(0.34, 0.08)
    leg = 0.03
    splay = a.between(0.06, 0.1)
    a.add(slab((width, depth, 0.03), 0.012, 12, (0, 0, seat_z)), "seat", frame)
    for sx in (-1, 1):
        for sy in (-1, 1):
            top = (sx * (width / 2 - leg), sy * (depth / 2 - leg), seat_z + 0.01)
            foot = (sx * (width / 2 + splay), sy * (depth / 2 + splay), 0.0)
            a.add(rod(foot, top, leg / 2, 12), "leg", frame)
    # the footrest: a bar across the front legs, where they have spread a little
    step_z = seat_z * 0.4
    t = step_z / seat_z
    x = width / 2 - leg + (splay + leg) * (1 - t)
    y = -(depth / 2 - leg + (splay + leg) * (1 - t))
    a.add(box((2 * x + leg, 0.09, 0.02), (0, y + 0.025, step_z)), "footrest", frame)
    for sx in (-1, 1):  # side rails hold the legs together
        a.add(rod((sx * x, -abs(y), step_z), (sx * x, abs(y), step_z), 0.01, 8), "leg", frame)
    back_h = a.vary(0.4, 0.12)
    back = rounded_box(
        (width, 0.03, back_h), 0.012, 12, (0, depth / 2 - 0.015, seat_z + back_h / 2 + 0.01)
    )
    a.add(back, "back", frame)
    arm_z = seat_z + 0.18
    for sx in (-1, 1):
        a.add(box((0.025, depth, 0.025), (sx * (width / 2 - 0.012), 0, arm_z)), "arm", frame)
        a.add(
            box((0.025, 0.025, 0.19), (sx * (width / 2 - 0.012), -depth / 2 + 0.02, seat_z + 0.09)),
            "arm",
            frame,
        )
    if a.maybe("tray", 0.85, "tray"):
        tray = slab((width * 1.35, 0.24, 0.02), 0.04, 16, (0, -depth / 2 - 0.06, arm_z + 0.01))
        a.add(tray, "tray", a.pick(PLASTICS), Tier.SECONDARY)
        lip = rounded_box(
            (width * 1.35, 0.02, 0.03), 0.008, 8, (0, -depth / 2 - 0.17, arm_z + 0.025)
        )
        a.add(lip, "tray", a.pick(PLASTICS), Tier.SECONDARY)
    if a.maybe("cushion", 0.5, "cushion", "padded"):
        pad = rounded_box((width * 0.9, depth * 0.85, 0.03), 0.012, 12, (0, 0.01, seat_z + 0.028))
        a.add(pad, "cushion", CUSHIONS, Tier.SECONDARY)


TEMPLATE = Template(
    "high chair",
    build_high_chair,
    0.95,
    description="a baby's high chair: a small tall-legged seat with a feeding tray in front",
    synonyms=("highchair", "baby high chair", "feeding chair", "baby chair"),
    kinds=("toddler high chair", "wooden high chair", "infant high chair"),
    parts=("seat", "leg", "footrest", "back", "arm", "tray", "cushion"),
    aliases={
        "legs": "leg",
        "backrest": "back",
        "armrest": "arm",
        "pad": "cushion",
        "table": "tray",
    },
)
