"""A backpack standing up: a rounded bag, a front pocket, a grab loop, two shoulder straps."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, CLOTHES, SILVER, SPORTY
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import tube


def build_backpack(a: Assembly) -> None:
    """A backpack standing up: a rounded bag, a front pocket, a grab loop, two shoulder straps."""
    width, depth, height = a.vary(0.3, 0.08), a.vary(0.17, 0.1), a.vary(0.44, 0.08)
    seg = max(16, a.segments(depth) // 2)
    color = a.pick((*SPORTY, *CLOTHES))
    a.add(rounded_box((width, depth, height), depth * 0.45, seg, (0, 0, height / 2)), "bag", color)
    trim = a.pick(
        [c for c in (BLACK, (240, 240, 238), (200, 40, 40), (245, 190, 30)) if c != color]
    )
    if a.wants("pocket"):
        pocket = rounded_box(
            (width * 0.8, depth * 0.5, height * 0.4),
            depth * 0.22,
            seg,
            (0, -depth * 0.5, height * 0.27),
        )
        a.add(pocket, "pocket", color)
        a.add(
            box((width * 0.6, 0.03, 0.008), (0, -depth * 0.75 + 0.012, height * 0.4)),
            "zipper",
            SILVER,
            Tier.FIXED,
        )
    a.add(
        box((width * 0.82, 0.03, 0.008), (0, -depth * 0.5 + 0.013, height * 0.8)),
        "zipper",
        trim,
        Tier.FIXED,
    )
    a.add(
        tube(
            [(-0.03, 0, height - 0.005), (0, 0, height + 0.04), (0.03, 0, height - 0.005)],
            0.008,
            12,
        ),
        "strap",
        trim,
        Tier.SECONDARY,
    )
    if a.wants("strap"):
        for side in (-1, 1):
            x = side * width * 0.25
            path = [
                (x, depth * 0.45, height * 0.85),
                (x * 1.1, depth * 0.85, height * 0.6),
                (x * 1.25, depth * 0.8, height * 0.3),
                (x * 1.3, depth * 0.45, height * 0.1),
            ]
            a.add(tube(path, 0.015, 12), "strap", trim, Tier.SECONDARY)


TEMPLATE = Template(
    "backpack",
    build_backpack,
    0.45,
    description="a bag carried on the back with two shoulder straps and a zipped front pocket",
    synonyms=("rucksack", "knapsack", "school bag", "schoolbag", "daypack", "bookbag", "back pack"),
    kinds=("school backpack", "bergen"),
    parts=("bag", "pocket", "zipper", "strap"),
    aliases={"zip": "zipper", "body": "bag", "handle": "strap"},
)
