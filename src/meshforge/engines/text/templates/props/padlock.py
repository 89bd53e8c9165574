"""A padlock: a chunky body with a keyhole and a steel shackle arching over it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, box, rod, rounded_box

BODIES: tuple[RGB, ...] = ((215, 170, 70), (190, 192, 198), (200, 40, 40), (40, 40, 45))
STEEL: RGB = (200, 204, 210)
KEYHOLE: RGB = (25, 25, 28)


def build_padlock(a: Assembly) -> None:
    """A padlock: a chunky body with a keyhole and a steel shackle arching over it."""
    w = a.vary(0.06, 0.12)
    h = w * a.between(0.8, 1.05)
    d = w * 0.42
    a.add(rounded_box((w, d, h), w * 0.1, 16, (0, 0, h / 2)), "body", BODIES)
    shackle_r = w * 0.3
    bar = w * 0.075
    leg = h * a.between(0.25, 0.45)
    for sx in (-1, 1):
        a.add(
            rod((sx * shackle_r, 0, h - 0.002), (sx * shackle_r, 0, h + leg), bar, 12),
            "shackle",
            STEEL,
            Tier.FIXED,
        )
    a.add(
        arc_tube((0, 0, h + leg), shackle_r, bar, a.segments(shackle_r), 0.0, 180.0),
        "shackle",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        rod((0, -d / 2 + 0.001, h * 0.45), (0, -d / 2 - 0.002, h * 0.45), w * 0.08, 12),
        "keyhole",
        KEYHOLE,
        Tier.FIXED,
    )
    a.add(
        box((w * 0.06, 0.003, h * 0.18), (0, -d / 2 - 0.0005, h * 0.36)),
        "keyhole",
        KEYHOLE,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "padlock",
    build_padlock,
    0.08,
    description="a small lock with a U-shaped steel shackle and a keyhole in its body",
    synonyms=("pad lock", "lock", "combination lock", "love lock", "brass padlock"),
    kinds=("bike lock",),
    not_claimed=("door lock", "lock screen", "air lock", "dead lock"),
    parts=("body", "shackle", "keyhole"),
    aliases={"hoop": "shackle", "loop": "shackle", "case": "body"},
)
