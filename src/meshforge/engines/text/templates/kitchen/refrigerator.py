"""A refrigerator: a tall box with a freezer door over a fridge door, each with a long handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME, WHITE_GOODS, cased_box, front_panel
from meshforge.engines.text.kit.solids import box, rounded_box


def build_refrigerator(a: Assembly) -> None:
    """A refrigerator: a tall box with a freezer door over a fridge door, each with a handle."""
    width, depth, height = a.vary(0.7, 0.1), a.vary(0.68, 0.06), a.vary(1.75, 0.08)
    palette = (*WHITE_GOODS, (40, 42, 46), (170, 210, 200))
    color = a.pick(palette)
    cased_box(a, (width, depth, height), 0.02, "body", color, 0.03)
    front = -depth / 2
    a.add(box((width * 0.9, depth * 0.9, 0.04), (0, 0, 0.02)), "foot", (40, 40, 42), Tier.FIXED)
    side_by_side = a.mentions("side by side", "double door", "french door") or a.chance(0.25)
    gap = 0.012
    doors = []
    if side_by_side:
        w = (width - 3 * gap) / 2
        doors = [
            (-w / 2 - gap / 2, 0.03 + height / 2, w, height - 2 * gap, w / 2 - 0.05),
            (w / 2 + gap / 2, 0.03 + height / 2, w, height - 2 * gap, -w / 2 + 0.05),
        ]
    else:
        split = height * a.between(0.28, 0.36)
        top_h, low_h = split - 1.5 * gap, height - split - 1.5 * gap
        handle_x = width * 0.5 - 0.07
        doors = [
            (0.0, 0.03 + height - gap - top_h / 2, width - 2 * gap, top_h, -handle_x),
            (0.0, 0.03 + gap + low_h / 2, width - 2 * gap, low_h, -handle_x),
        ]
    for x, z, w, h, hx in doors:
        door = rounded_box((w, 0.03, h), 0.012, 8, (x, front - 0.008, z))
        a.add(door, "door", color, Tier.PRIMARY)
        if a.wants("handle"):
            length = min(h * 0.6, 0.5)
            hz = z - h / 2 + 0.12 + length / 2 if h > 0.8 else z
            a.add(
                box((0.025, 0.04, length), (x + hx, front - 0.04, hz)), "handle", CHROME, Tier.FIXED
            )
            for end in (-1, 1):
                a.add(
                    box(
                        (0.02, 0.03, 0.03), (x + hx, front - 0.025, hz + end * (length / 2 - 0.02))
                    ),
                    "handle",
                    CHROME,
                    Tier.FIXED,
                )
    if side_by_side and a.maybe("dispenser", 0.5, "ice", "water"):
        x = doors[0][0]
        front_panel(
            a, 0.16, 0.26, (x, height * 0.58), front - 0.022, "dispenser", (45, 45, 50), 0.006, 0.02
        )


TEMPLATE = Template(
    "refrigerator",
    build_refrigerator,
    1.8,
    description="a tall kitchen fridge with a freezer door above the fridge door and long handles",
    synonyms=("fridge", "fridge freezer", "freezer", "icebox", "fridge-freezer"),
    kinds=(
        "american fridge",
        "mini fridge",
        "chest freezer",
        "refrigerator freezer",
    ),
    parts=("body", "door", "handle", "foot", "dispenser"),
    aliases={"base": "foot", "ice": "dispenser"},
)
