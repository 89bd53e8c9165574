"""A signpost: a wooden post with arrow-shaped direction boards pointing different ways."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, prism

WOODS: tuple[RGB, ...] = ((150, 105, 65), (120, 80, 50), (190, 150, 100))
BOARDS: tuple[RGB, ...] = ((200, 160, 105), (170, 125, 80), (230, 225, 210))


def build_signpost(a: Assembly) -> None:
    """A signpost: a wooden post with arrow-shaped direction boards pointing different ways."""
    h = a.vary(2.0, 0.1)
    wood = a.pick(WOODS)
    a.add(box((0.1, 0.1, h), (0, 0, h / 2)), "post", wood)
    a.add(cylinder(0.09, 0.08, 4, (0, 0, h), 0.0).rotate((0, 0, 45)), "post", wood)
    count = a.count("sign", a.pick((2, 3, 3, 4)), 1, 5)
    board = a.pick(BOARDS)
    for k in range(count):
        length = a.vary(0.7, 0.15)
        w = 0.16
        direction = 1 if k % 2 == 0 else -1
        outline = [
            (-0.05, -w / 2),
            (length - 0.12, -w / 2),
            (length, 0.0),
            (length - 0.12, w / 2),
            (-0.05, w / 2),
        ]
        arrow = prism(outline, 0.035).rotate((90, 0, 0)).translate((0, 0.0175, 0))
        if direction < 0:
            arrow = arrow.mirror((1, 0, 0))
        turn = a.between(-30, 30)
        z = h - 0.2 - k * 0.24
        a.add(arrow.rotate((0, 0, turn)).translate((0, -0.06, z)), "sign", board, Tier.SECONDARY)


TEMPLATE = Template(
    "signpost",
    build_signpost,
    2.1,
    description="a wooden sign post with arrow-shaped direction boards pointing along the paths",
    synonyms=("sign post", "direction sign", "guidepost", "fingerpost", "wooden sign", "road sign"),
    kinds=(
        "trail sign",
        "arrow sign",
        "sign",
        "signboard",
        "sign board",
        "shop sign",
        "welcome sign",
    ),
    not_claimed=(
        "peace sign",
        "dollar sign",
        "zodiac sign",
        "sign language",
        "plus sign",
        "neon sign",
    ),
    parts=("post", "sign"),
    aliases={"pole": "post", "board": "sign", "arrow": "sign", "boards": "sign"},
)
