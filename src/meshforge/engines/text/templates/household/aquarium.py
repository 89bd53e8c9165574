"""An aquarium: a rectangular tank of water in a dark frame; gravel, weeds and fish."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

WATER: RGB = (95, 165, 215)
FRAMES: tuple[RGB, ...] = ((30, 30, 34), (40, 40, 44), (200, 202, 206))
GRAVELS: tuple[RGB, ...] = ((205, 180, 130), (120, 110, 100), (80, 130, 200))
WEED: RGB = (55, 150, 70)
FISHES: tuple[RGB, ...] = ((250, 140, 30), (240, 200, 40), (230, 70, 60), (70, 160, 220))
CABINET: RGB = (60, 45, 35)


def build_aquarium(a: Assembly) -> None:
    """An aquarium: the glass drawn opaque, so gravel, weeds and fish show at its front face."""
    width, depth, height = a.vary(0.6, 0.2), a.vary(0.3, 0.15), a.vary(0.36, 0.15)
    rim = 0.018
    frame = a.pick(FRAMES)
    base = 0.0
    if a.maybe("stand", 0.25, "stand", "cabinet"):
        base = height * 1.9
        a.add(
            box((width * 1.02, depth * 1.04, base), (0, 0, base / 2)),
            "stand",
            CABINET,
            Tier.SECONDARY,
        )
    # the water fills the glass; the glass itself is its front and sides
    a.add(
        box((width - 0.004, depth - 0.004, height - rim), (0, 0, base + height / 2)),
        "water",
        WATER,
        Tier.FIXED,
    )
    rails = [
        box((width, depth, rim), (0, 0, base + rim / 2)),
        box((width, depth, rim), (0, 0, base + height - rim / 2)),
    ]
    for sx in (-1, 1):
        for sy in (-1, 1):
            x, y = sx * (width / 2 - 0.006), sy * (depth / 2 - 0.006)
            rails.append(box((0.012, 0.012, height), (x, y, base + height / 2)))
    a.add(union(rails), "frame", frame)
    if a.maybe("lid", 0.6, "lid", "hood", "light"):
        a.add(box((width * 1.01, depth * 1.01, 0.04), (0, 0, base + height + 0.02)), "lid", frame)
    front = -depth / 2 + 0.001  # where things behind the glass show: just through its face
    gravel_h = height * 0.14
    a.add(
        box((width - 0.02, depth - 0.0, gravel_h), (0, 0, base + rim + gravel_h / 2 - 0.004)),
        "gravel",
        a.pick(GRAVELS),
        Tier.FIXED,
    )
    floor = base + rim + gravel_h - 0.006
    if a.wants("weed"):
        for k in range(a.count("weed", 4, 1, 8)):
            x = -width * 0.42 + width * 0.84 * (k + a.between(0.1, 0.9)) / a.count("weed", 4, 1, 8)
            tall = height * a.between(0.35, 0.65)
            sway = a.between(-1, 1) * 0.02
            stalk = [
                (x, front, floor),
                (x + sway, front, floor + tall * 0.5),
                (x - sway, front, floor + tall),
            ]
            a.add(tube(stalk, 0.006, 8, 0.003), "weed", WEED, Tier.FIXED)
    if a.wants("fish"):
        count = a.count("fish", 3, 1, 8)
        for k in range(count):
            x = -width * 0.35 + width * 0.7 * (k + a.between(0.2, 0.8)) / count
            z = floor + (height - rim - gravel_h) * a.between(0.3, 0.8)
            size = a.vary(0.035, 0.25)
            facing = a.pick((-1, 1))
            color = a.pick(FISHES)
            a.add(
                ellipsoid((size, size * 0.25, size * 0.5), 16, (x, front, z)),
                "fish",
                color,
                Tier.FIXED,
            )
            tail = ellipsoid(
                (size * 0.35, size * 0.15, size * 0.4), 10, (x - facing * size * 1.1, front, z)
            )
            a.add(tail, "fish", color, Tier.FIXED)


TEMPLATE = Template(
    "aquarium",
    build_aquarium,
    0.36,
    description="a glass aquarium tank of water with gravel, plants and tropical fish",
    synonyms=("fish tank", "aquarium tank", "glass tank", "tropical fish tank"),
    kinds=("reef tank", "marine aquarium", "freshwater aquarium", "planted tank", "nano tank"),
    parts=("water", "frame", "lid", "gravel", "weed", "fish", "stand"),
    aliases={
        "hood": "lid",
        "plant": "weed",
        "plants": "weed",
        "pebbles": "gravel",
        "cabinet": "stand",
    },
)
