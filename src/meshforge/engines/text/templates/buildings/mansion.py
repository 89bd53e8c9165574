"""A mansion: a grand symmetric house with two wings, a pillared portico, many windows."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR
from meshforge.engines.text.kit.solids import box, cylinder, side_prism
from meshforge.engines.text.kit.sweeps import face_prism

WALLS: tuple[RGB, ...] = ((235, 230, 215), (200, 120, 90), (215, 205, 185), (90, 90, 100))
ROOFS: tuple[RGB, ...] = ((70, 75, 85), (120, 60, 45), (50, 55, 60))
WINDOW: RGB = (60, 80, 110)
TRIM: RGB = (245, 245, 240)
HAUNTED_WALL: RGB = (95, 90, 100)
HAUNTED_WINDOW: RGB = (240, 200, 80)


def build_mansion(a: Assembly) -> None:
    """A mansion: a grand symmetric house with two wings, a pillared portico, many windows and
    chimneys."""
    haunted = a.mentions("haunted", "spooky", "creepy", "abandoned", "gothic")
    wall = HAUNTED_WALL if haunted else a.pick(WALLS)
    roof = (40, 38, 45) if haunted else a.pick(ROOFS)
    glass = HAUNTED_WINDOW if haunted else WINDOW
    main_w, depth = a.vary(14.0, 0.1), a.vary(9.0, 0.1)
    floors = a.pick((2, 3))
    storey = 3.2
    height = floors * storey
    a.add(box((main_w, depth, height), (0, 0, height / 2)), "wall", wall)
    pitch = depth * 0.35
    roof_shape = [(-depth / 2 - 0.4, height), (depth / 2 + 0.4, height), (0.0, height + pitch)]
    a.add(side_prism(roof_shape, main_w + 0.6), "roof", roof, Tier.SECONDARY)
    wing_w = main_w * 0.35
    wing_h = height - storey * (0 if floors == 2 else 1) - 0.01
    for sx in (-1, 1):
        x = sx * (main_w / 2 + wing_w / 2 - 0.5)
        a.add(box((wing_w, depth * 0.8, wing_h), (x, depth * 0.05, wing_h / 2)), "wall", wall)
        wing_roof = [
            (-depth * 0.45, wing_h),
            (depth * 0.5, wing_h),
            (depth * 0.025, wing_h + pitch * 0.8),
        ]
        a.add(side_prism(wing_roof, wing_w + 0.4, x), "roof", roof, Tier.SECONDARY)
        for f in range(max(1, floors - (0 if floors == 2 else 1))):
            for col in (-1, 1):
                wx = x + col * wing_w * 0.22
                a.add(
                    box((1.0, 0.3, 1.6), (wx, -depth * 0.35 - 0.08, storey * f + 1.7)),
                    "window",
                    glass,
                    Tier.FIXED,
                )
        # a chimney on each end of the main roof
        a.add(
            box(
                (1.0, 1.0, pitch + 2.0),
                (sx * main_w * 0.4, depth * 0.1, height + (pitch + 2.0) / 2 - 0.5),
            ),
            "chimney",
            wall,
        )
    for f in range(floors):
        for col in range(-3, 4):
            if f == 0 and col == 0:
                continue
            a.add(
                box((1.0, 0.3, 1.7), (col * main_w / 8, -depth / 2 - 0.08, storey * f + 1.7)),
                "window",
                glass,
                Tier.FIXED,
            )
            a.add(
                box((1.3, 0.4, 0.2), (col * main_w / 8, -depth / 2 - 0.1, storey * f + 0.75)),
                "trim",
                TRIM,
                Tier.FIXED,
            )
    # the portico: columns carrying a pediment over the front door
    port_w = main_w * 0.3
    front = -depth / 2
    a.add(box((2.0, 0.4, 2.8), (0, front - 0.1, 1.4)), "door", DOOR, Tier.FIXED)
    a.add(box((port_w + 1, 3.0, 0.4), (0, front - 1.5, 0.2)), "steps", TRIM, Tier.FIXED)
    for k in range(4):
        x = -port_w / 2 + port_w * k / 3
        a.add(cylinder(0.3, storey * 1.4, 16, (x, front - 2.6, 0.4)), "column", TRIM, Tier.FIXED)
    top = storey * 1.4 + 0.4
    a.add(box((port_w + 1.2, 3.2, 0.5), (0, front - 1.5, top + 0.25)), "trim", TRIM, Tier.FIXED)
    a.add(
        face_prism(
            [(-port_w / 2 - 0.6, top + 0.5), (port_w / 2 + 0.6, top + 0.5), (0.0, top + 2.2)],
            3.0,
            front - 1.5,
        ),
        "trim",
        TRIM,
        Tier.FIXED,
    )
    if haunted and a.wants("tower"):
        tx = -main_w / 2 + 1.0
        a.add(cylinder(1.6, height + 3.0, 16, (tx, -depth / 2 + 1.0, 0)), "tower", wall)
        a.add(
            cylinder(2.0, 4.5, 16, (tx, -depth / 2 + 1.0, height + 3.0), 0.0),
            "roof",
            roof,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "mansion",
    build_mansion,
    12.0,
    description="a very large grand house with wings, many windows and a pillared entrance",
    synonyms=(
        "haunted mansion",
        "stately home",
        "country house",
        "estate",
        "mansion house",
        "manor house",
    ),
    kinds=(
        "victorian mansion",
        "southern mansion",
        "plantation house",
        "georgian mansion",
        "spooky house",
        "white house",
    ),
    parts=("wall", "roof", "window", "trim", "chimney", "door", "steps", "column", "tower"),
    aliases={
        "windows": "window",
        "pillars": "column",
        "columns": "column",
        "porch": "column",
        "walls": "wall",
    },
)
