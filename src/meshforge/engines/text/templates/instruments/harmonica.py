"""A harmonica: a flat bar with a row of square holes between two shiny metal cover plates."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box, subtract

COMBS: tuple[RGB, ...] = ((35, 35, 38), (200, 40, 40), (215, 175, 120), (40, 80, 160))
CHROME: RGB = (210, 213, 220)
HOLE: RGB = (20, 20, 22)


def build_harmonica(a: Assembly) -> None:
    """A harmonica: a flat bar with a row of square holes between two metal cover plates."""
    length = a.vary(0.1, 0.1)
    depth = length * 0.27
    h = length * 0.2
    comb = a.pick(COMBS)
    holes = a.count("hole", 10, 4, 16)
    pitch = length * 0.85 / holes
    body = box((length * 0.92, depth, h * 0.4), (0, 0, h / 2))
    cuts = [
        box(
            (pitch * 0.6, depth * 0.5, h * 0.25),
            (-length * 0.425 + pitch * (k + 0.5), -depth * 0.3, h / 2),
        )
        for k in range(holes)
    ]
    a.add(subtract(body, *cuts), "comb", comb, Tier.SECONDARY)
    a.add(
        box((length * 0.9, depth * 0.35, h * 0.22), (0, -depth * 0.25, h / 2)),
        "hole",
        HOLE,
        Tier.FIXED,
    )
    for z in (h * 0.15, h * 0.85):
        plate = rounded_box((length, depth * 1.02, h * 0.32), h * 0.12, 12, (0, depth * 0.02, z))
        a.add(plate, "cover", CHROME)


TEMPLATE = Template(
    "harmonica",
    build_harmonica,
    0.025,
    description="a small rectangular mouth organ with a row of holes and shiny metal covers",
    synonyms=("mouth organ", "harmonicas", "blues harp", "mouth harp"),
    parts=("cover", "comb", "hole"),
    aliases={"plates": "cover", "plate": "cover", "holes": "hole", "body": "comb"},
)
