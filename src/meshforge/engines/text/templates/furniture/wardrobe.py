"""A wardrobe: a tall cabinet on feet with a cornice, two or three doors and handles."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere

METAL: RGB = (190, 190, 196)


def build_wardrobe(a: Assembly) -> None:
    """A wardrobe: a tall cabinet on feet with a cornice, two or three doors and handles."""
    doors = a.count("door", a.pick((2, 2, 3)), 1, 4)
    width, depth = a.vary(0.5, 0.1) * doors, a.vary(0.6, 0.08)
    height, wood = a.vary(1.95, 0.08), a.pick(WOODS + PAINTS[:2])
    foot = 0.1
    a.add(box((width, depth, height - foot), (0, 0, (height + foot) / 2)), "body", wood)
    a.add(box((width + 0.06, depth + 0.04, 0.07), (0, 0, height - 0.035)), "body", wood)
    a.add(box((width + 0.03, depth + 0.02, 0.05), (0, 0, foot + 0.025)), "body", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            at = (sx * (width / 2 - 0.06), sy * (depth / 2 - 0.06), 0.0)
            a.add(cylinder(0.04, foot + 0.01, 12, at, 0.03), "leg", wood)
    drawer_h = 0.22 if a.maybe("drawer", 0.4) else 0.0
    door_w, door_low, door_top = width / doors, foot + 0.05 + drawer_h, height - 0.07
    door_h = door_top - door_low - 0.02
    accent = a.pick(WOODS + PAINTS)
    for i in range(doors):
        x = -width / 2 + door_w * (i + 0.5)
        z = door_low + 0.01 + door_h / 2
        a.add(box((door_w - 0.012, 0.02, door_h), (x, -depth / 2, z)), "door", wood)
        panel = box((door_w - 0.12, 0.03, door_h - 0.16), (x, -depth / 2 - 0.002, z))
        a.add(panel, "panel", accent, Tier.SECONDARY)
        handle_x = x + (door_w / 2 - 0.05) * (1 if i % 2 == 0 else -1) * (-1 if doors > 1 else 1)
        handle = rod(
            (handle_x, -depth / 2 - 0.035, z - 0.1),
            (handle_x, -depth / 2 - 0.035, z + 0.1),
            0.008,
            8,
        )
        a.add(handle, "handle", METAL, Tier.FIXED)
        for dz in (-0.1, 0.1):
            post = rod(
                (handle_x, -depth / 2 - 0.005, z + dz),
                (handle_x, -depth / 2 - 0.04, z + dz),
                0.006,
                8,
            )
            a.add(post, "handle", METAL, Tier.FIXED)
    if drawer_h:
        z = foot + 0.05 + drawer_h / 2
        a.add(box((width - 0.012, 0.02, drawer_h - 0.015), (0, -depth / 2, z)), "drawer", wood)
        for sx in (-1, 1):
            a.add(
                sphere(0.02, 12, (sx * width * 0.25, -depth / 2 - 0.015, z)),
                "handle",
                METAL,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "wardrobe",
    build_wardrobe,
    1.95,
    description="a tall cabinet with doors for storing clothes",
    synonyms=("armoire", "closet", "cupboard", "cabinet", "dresser"),
    kinds=("chest of drawers", "tallboy", "highboy", "sideboard", "credenza"),
    parts=("body", "door", "panel", "handle", "drawer", "leg"),
    aliases={"knob": "handle", "foot": "leg"},
)
