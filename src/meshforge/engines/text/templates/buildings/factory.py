"""A factory: a long brick hall under a sawtooth roof, tall smokestacks, loading doors."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, torus
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.vehicles import GLASS

WALLS: tuple[RGB, ...] = ((165, 80, 60), (150, 70, 55), (190, 185, 175), (120, 125, 130))
ROOFS: tuple[RGB, ...] = ((80, 85, 92), (60, 62, 66), (110, 110, 105))
STACK: tuple[RGB, ...] = ((150, 70, 55), (170, 165, 155), (90, 92, 96))
DOOR: RGB = (70, 80, 90)
BAND: RGB = (235, 235, 230)


def build_factory(a: Assembly) -> None:
    """A factory: a long brick hall under a sawtooth roof, tall smokestacks, loading doors."""
    teeth = a.pick((3, 4, 5))
    tooth = a.vary(4.0, 0.08)
    length, depth = teeth * tooth, a.vary(11.0, 0.1)
    wall_h = a.vary(6.0, 0.08)
    walls = a.pick(WALLS)
    a.add(box((length, depth, wall_h), (0, 0, wall_h / 2)), "wall", walls)
    rise = tooth * 0.55
    for k in range(teeth):
        x0 = -length / 2 + k * tooth
        # each tooth: a steep glazed face towards +X, a long slope falling back to -X
        outline = [(x0, 0.0), (x0 + tooth, 0.0), (x0 + tooth, rise), (x0 + tooth - 0.2, rise)]
        a.add(
            face_prism(outline, depth).translate((0, 0, wall_h - 0.01)),
            "roof",
            ROOFS,
            Tier.SECONDARY,
        )
        glazing = box((0.12, depth - 0.6, rise * 0.7), (x0 + tooth + 0.02, 0, wall_h + rise * 0.45))
        a.add(glazing, "window", GLASS, Tier.FIXED)
    front = -depth / 2
    for k in range(teeth):
        x = -length / 2 + (k + 0.5) * tooth
        a.add(box((tooth * 0.7, 0.2, 1.4), (x, front, wall_h * 0.7)), "window", GLASS, Tier.FIXED)
    doors = max(1, teeth // 2)
    for k in range(doors):
        x = -length / 2 + (k + 0.5) * length / doors
        a.add(box((3.2, 0.25, 3.6), (x, front, 1.8)), "door", DOOR, Tier.FIXED)
        for z in range(1, 6):
            a.add(box((3.2, 0.3, 0.06), (x, front, z * 0.6)), "door", DOOR, Tier.FIXED)
    a.add(box((length + 0.1, depth + 0.1, 0.4), (0, 0, wall_h - 0.3)), "trim", BAND, Tier.FIXED)
    stacks = a.count("chimney", a.pick((1, 2, 2, 3)), 0, 4) if a.wants("chimney") else 0
    stack_color = a.pick(STACK)
    for k in range(stacks):
        x = length / 2 - 2.0 - k * 3.2
        height = a.vary(20.0, 0.12) - k * 2.0
        radius = 1.0
        stack = cylinder(radius, height, a.segments(radius), (x, depth / 2 - 2.0, 0), radius * 0.7)
        a.add(stack, "chimney", stack_color, Tier.SECONDARY)
        for ring_z in (height * 0.6, height - 0.6):
            ring_r = radius - (radius * 0.3) * ring_z / height
            ring = torus(ring_r, 0.14, a.segments(radius), (x, depth / 2 - 2.0, ring_z))
            a.add(ring, "chimney", BAND, Tier.FIXED)


TEMPLATE = Template(
    "factory",
    build_factory,
    20.0,
    description="an industrial factory building with a sawtooth roof and tall smokestacks",
    synonyms=("industrial building", "factory building", "power plant"),
    kinds=(
        "old factory",
        "brick factory",
        "steel mill",
        "textile mill",
        "power station",
        "industrial plant",
        "manufacturing plant",
        "warehouse",
    ),
    parts=("wall", "roof", "window", "door", "trim", "chimney"),
    aliases={"smokestack": "chimney", "chimneys": "chimney", "stack": "chimney", "glass": "window"},
)
