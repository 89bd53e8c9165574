"""A horse carriage: a rounded coach body with windows and a lamp, on four spoked wheels."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, slab, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

BODIES: tuple[RGB, ...] = ((30, 30, 35), (120, 30, 40), (30, 50, 100), (240, 240, 235))
WHEELS: tuple[RGB, ...] = ((150, 30, 35), (40, 40, 44), (200, 160, 60))
WINDOW: RGB = (60, 80, 100)
IRON: RGB = (40, 40, 44)


def _wheel(a: Assembly, x: float, y: float, r: float, color: RGB) -> None:
    """A spoked wooden cart wheel turning about X."""
    rim = hoop(r - 0.03, 0.03, a.segments(r)).rotate((0, 90, 0)).translate((x, y, r))
    spokes = [
        rod((x, y, r), (x, y + (r - 0.04) * math.cos(t), r + (r - 0.04) * math.sin(t)), 0.015, 6)
        for t in [k * math.pi / 6 for k in range(12)]
    ]
    a.add(union([rim, *spokes, rod((x - 0.06, y, r), (x + 0.06, y, r), 0.05, 12)]), "wheel", color)


def build_carriage(a: Assembly) -> None:
    """A rounded coach body with windows and a lamp, on four spoked wheels."""
    body, wheel = a.pick(BODIES), a.pick(WHEELS)
    pumpkin = a.mentions("cinderella", "pumpkin", "fairy", "princess", "royal")
    length, width = a.vary(2.2, 0.08), a.vary(1.3, 0.06)
    front_r, back_r = 0.45, 0.6
    track = width + 0.35
    for y, r in ((-length * 0.55, front_r), (length * 0.4, back_r)):
        a.add(rod((-track / 2, y, r), (track / 2, y, r), 0.04, 8), "frame", IRON, Tier.FIXED)
        for sx in (-1, 1):
            _wheel(a, sx * track / 2, y, r, wheel)
    base_z = 0.75
    a.add(
        box((0.3, length * 1.3, 0.1), (0, -length * 0.1, base_z - 0.04)), "frame", IRON, Tier.FIXED
    )
    for y, r in ((-length * 0.55, front_r), (length * 0.4, back_r)):
        post = box((0.1, 0.1, base_z - r + 0.05), (0, y, (r - 0.05 + base_z) / 2))
        a.add(post, "frame", IRON, Tier.FIXED)
    if pumpkin:
        shell = ellipsoid((width * 0.6, length * 0.5, 0.95), 32, (0, 0, base_z + 0.85))
        ribs = union(
            [
                ellipsoid((width * 0.2, length * 0.52, 0.96), 24, (x, 0, base_z + 0.85))
                for x in (-width * 0.4, 0.0, width * 0.4)
            ]
        )
        a.add(union([shell, ribs]), "body", (240, 150, 40) if body[0] > 200 else body)
    else:
        shell = slab((width, length, 1.3), 0.25, 16, (0, 0, base_z + 0.65))
        a.add(shell, "body", body)
        roof = slab((width + 0.1, length + 0.1, 0.1), 0.3, 16, (0, 0, base_z + 1.33))
        a.add(roof, "roof", GOLD, Tier.SECONDARY)
    for sx in (-1, 1):
        window = box((0.1, length * 0.35, 0.45), (sx * width * 0.5, 0, base_z + 0.95))
        a.add(window, "window", WINDOW, Tier.FIXED)
        a.add(
            box((0.12, 0.06, 0.9), (sx * width * 0.5, -length * 0.28, base_z + 0.45)),
            "door",
            GOLD,
            Tier.FIXED,
        )
    a.add(box((width * 0.9, 0.5, 0.12), (0, -length * 0.5 - 0.2, base_z + 0.5)), "seat", body)
    a.add(box((0.08, 0.08, 0.5), (0, -length * 0.5 - 0.35, base_z + 0.3)), "seat", body)
    shafts = [
        rod((sx * 0.35, -length * 0.55, front_r), (sx * 0.4, -length * 0.55 - 1.8, 0.75), 0.035, 8)
        for sx in (-1, 1)
    ]
    a.add(union(shafts), "shaft", (110, 75, 45), Tier.FIXED)
    a.add(
        sphere(0.08, 12, (width * 0.5 + 0.05, -length * 0.5 + 0.3, base_z + 1.2)),
        "lamp",
        (250, 230, 150),
        Tier.FIXED,
    )
    a.add(
        box((0.05, 0.05, 0.2), (width * 0.5 + 0.02, -length * 0.5 + 0.3, base_z + 1.05)),
        "lamp",
        GOLD,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "carriage",
    build_carriage,
    2.3,
    description="a horse-drawn carriage: an enclosed coach with doors on four big spoked wheels",
    synonyms=(
        "horse carriage",
        "horse drawn carriage",
        "horse-drawn carriage",
        "stagecoach",
        "carriages",
    ),
    kinds=(
        "cinderella carriage",
        "pumpkin carriage",
        "royal carriage",
        "stage coach",
        "hackney carriage",
    ),
    not_claimed=("baby carriage", "train carriage", "railway carriage"),
    parts=("frame", "wheel", "body", "roof", "window", "door", "seat", "shaft", "lamp"),
    aliases={"coach": "body", "wheels": "wheel", "lantern": "lamp", "bench": "seat"},
)
