"""A coffin: a six-sided wooden box with a raised lid, brass handles and maybe a cross."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, prism, rod

WOODS: tuple[RGB, ...] = ((90, 55, 35), (60, 38, 25), (30, 28, 30), (120, 75, 45))
BRASS: RGB = (205, 165, 70)


def build_coffin(a: Assembly) -> None:
    """A coffin: a six-sided wooden box with a raised lid, brass handles and maybe a cross."""
    length = a.vary(2.0, 0.06)
    head_w = a.vary(0.56, 0.06)
    depth = a.vary(0.42, 0.08)
    # the six-sided plan: narrow at the feet, widest at the shoulders
    outline = [
        (-head_w * 0.7, -length / 2),
        (head_w * 0.7, -length / 2),
        (head_w, -length / 2 + length * 0.28),
        (head_w * 0.55, length / 2),
        (-head_w * 0.55, length / 2),
        (-head_w, -length / 2 + length * 0.28),
    ]
    half = [(x / 2, y) for x, y in outline]
    wood = a.pick(WOODS)
    a.add(prism(half, depth * 0.8), "box", wood)
    lid = prism([(x * 1.04, y * 1.01) for x, y in half], depth * 0.2, (0, 0, depth * 0.8 - 0.005))
    a.add(lid, "lid", wood, Tier.SECONDARY)
    a.add(
        prism([(x * 0.8, y * 0.92) for x, y in half], depth * 0.06, (0, 0, depth - 0.01)),
        "lid",
        wood,
        Tier.SECONDARY,
    )
    if a.maybe("cross", 0.5):
        z = depth + depth * 0.05 - 0.01
        a.add(box((0.05, length * 0.4, 0.02), (0, -length * 0.1, z)), "cross", BRASS, Tier.FIXED)
        a.add(box((head_w * 0.45, 0.05, 0.02), (0, -length * 0.2, z)), "cross", BRASS, Tier.FIXED)
    shoulder = -length / 2 + length * 0.28
    for sx in (-1, 1):
        for y in (-length * 0.3, length * 0.1):
            # the side's half width where the handle sits, from the six-sided plan
            if y < shoulder:
                t = (y + length / 2) / (shoulder + length / 2)
                half_w = head_w / 2 * (0.7 + 0.3 * t)
            else:
                t = (y - shoulder) / (length / 2 - shoulder)
                half_w = head_w / 2 * (1.0 - 0.45 * t)
            x = sx * (half_w + 0.02)
            z = depth * 0.45
            a.add(rod((x, y - 0.08, z), (x, y + 0.08, z), 0.015, 8), "handle", BRASS, Tier.FIXED)
            for dy in (-0.07, 0.07):
                a.add(
                    box((0.07, 0.02, 0.03), (x - sx * 0.03, y + dy, z)), "handle", BRASS, Tier.FIXED
                )


TEMPLATE = Template(
    "coffin",
    build_coffin,
    0.45,
    description="a six-sided wooden box with a lid that a body is buried in",
    synonyms=("casket", "vampire coffin", "wooden coffin", "sarcophagus"),
    kinds=("halloween coffin", "dracula coffin"),
    parts=("box", "lid", "handle", "cross"),
    aliases={"wood": "box", "body": "box", "handles": "handle", "top": "lid"},
)
