"""The furniture archetype: a cabinet on legs, for furniture with no template of its own.

"A sideboard" or "a hutch" becomes a wooden case on four short legs with doors or drawers and
knobs, in the prompt's colours and material, so it reads as furniture without borrowing a
chair's or a table's shape.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, slab

CATEGORY = "furniture"
KNOB = (200, 170, 90)


def build_furniture(a: Assembly) -> None:
    """A case with a top, doors or drawers and knobs on four legs."""
    width, depth = a.vary(1.2, 0.25), a.vary(0.45, 0.15)
    height, leg_h = a.vary(0.75, 0.2), a.vary(0.15, 0.3)
    wood = a.color("body", WOODS)
    a.add(box((width, depth, height), (0.0, 0.0, leg_h + height / 2)), "body", wood)
    a.add(
        slab((width + 0.04, depth + 0.03, 0.03), 0.01, 8, (0.0, 0.0, leg_h + height + 0.015)),
        "top",
        wood,
        Tier.SECONDARY,
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                cylinder(
                    0.025,
                    leg_h + 0.01,
                    12,
                    (sx * (width / 2 - 0.05), sy * (depth / 2 - 0.05), 0.0),
                    0.018,
                ),
                "leg",
                wood,
            )
    front = -depth / 2 - 0.006
    if a.pick(("doors", "drawers")) == "doors":
        columns = a.pick((2, 3))
        for k in range(columns):
            x = -width / 2 + width * (k + 0.5) / columns
            a.add(
                box((width / columns - 0.03, 0.012, height - 0.05), (x, front, leg_h + height / 2)),
                "door",
                wood,
                Tier.SECONDARY,
            )
            a.add(
                rod(
                    (
                        x + width / columns * 0.35 * (1 if k % 2 else -1),
                        front,
                        leg_h + height * 0.55,
                    ),
                    (
                        x + width / columns * 0.35 * (1 if k % 2 else -1),
                        front - 0.02,
                        leg_h + height * 0.55,
                    ),
                    0.01,
                    8,
                ),
                "knob",
                KNOB,
                Tier.FIXED,
            )
    else:
        rows = a.count("drawer", 3, 2, 5)
        for k in range(rows):
            z = leg_h + height * (k + 0.5) / rows
            a.add(
                box((width - 0.04, 0.012, height / rows - 0.03), (0.0, front, z)),
                "drawer",
                wood,
                Tier.SECONDARY,
            )
            for x in (-width * 0.25, width * 0.25):
                a.add(rod((x, front, z), (x, front - 0.02, z), 0.01, 8), "knob", KNOB, Tier.FIXED)


TEMPLATE = Template(
    "furniture",
    build_furniture,
    0.9,
    description="a piece of furniture of no particular kind: a cabinet on legs",
    parts=("body", "top", "leg", "door", "drawer", "knob"),
    aliases={"legs": "leg", "handle": "knob", "handles": "knob", "frame": "body"},
)
