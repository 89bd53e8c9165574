"""A sled: a slatted wooden deck on two curled runners, with a rope to pull it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube

WOODS: tuple[RGB, ...] = ((190, 140, 85), (160, 105, 60), (200, 50, 45))
RUNNERS: tuple[RGB, ...] = ((200, 40, 40), (40, 40, 45), (190, 192, 198))
ROPE: RGB = (200, 175, 130)


def build_sled(a: Assembly) -> None:
    """A sled: a slatted wooden deck on two curled runners, with a rope to pull it."""
    length = a.vary(1.1, 0.1)
    width = length * a.between(0.35, 0.45)
    deck_z = length * 0.12
    wood = a.pick(WOODS)
    runner = a.pick(RUNNERS)
    slats = 5
    for k in range(slats):
        x = -width / 2 + width * (k + 0.5) / slats
        a.add(
            box((width / slats * 0.8, length * 0.8, 0.02), (x, length * 0.05, deck_z)), "deck", wood
        )
    for y in (-length * 0.25, length * 0.1, length * 0.4):
        a.add(box((width * 1.05, 0.06, 0.03), (0, y, deck_z - 0.02)), "deck", wood)
    for sx in (-1, 1):
        x = sx * width * 0.45
        path = [
            (x, length * 0.48, 0.015),
            (x, -length * 0.3, 0.015),
            (x, -length * 0.48, 0.05),
            (x, -length * 0.52, deck_z + 0.06),
            (x, -length * 0.42, deck_z + 0.08),
        ]
        a.add(tube(path, 0.015, 10), "runner", runner, Tier.SECONDARY)
        for y in (-length * 0.2, length * 0.1, length * 0.4):
            a.add(rod((x, y, 0.015), (x, y, deck_z), 0.012, 8), "runner", runner, Tier.SECONDARY)
    if a.wants("rope"):
        front = -length * 0.42
        rope = tube(
            [
                (-width * 0.45, front, deck_z + 0.08),
                (-width * 0.2, front - length * 0.2, 0.03),
                (width * 0.2, front - length * 0.2, 0.03),
                (width * 0.45, front, deck_z + 0.08),
            ],
            0.008,
            8,
        )
        a.add(rope, "rope", ROPE, Tier.FIXED)


TEMPLATE = Template(
    "sled",
    build_sled,
    0.25,
    description="a wooden snow sledge on curled runners that children ride down hills",
    synonyms=("sleigh", "toboggan", "snow sled", "wooden sled", "sleds", "sledding sled"),
    kinds=("santa sleigh", "bobsled", "dog sled"),
    parts=("deck", "runner", "rope"),
    aliases={"runners": "runner", "seat": "deck", "slats": "deck", "string": "rope"},
)
