"""A suitcase: an upright hard-shell case with ribbed faces, corner wheels."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import box, rod, rounded_box, sphere

SHELLS: tuple[RGB, ...] = (
    (40, 40, 44),
    (180, 40, 45),
    (50, 90, 160),
    (200, 200, 205),
    (90, 60, 40),
    (240, 190, 60),
)
LEATHER: RGB = (120, 75, 40)


def build_suitcase(a: Assembly) -> None:
    """A suitcase: an upright hard-shell case with ribbed faces, corner wheels and a telescopic
    handle."""
    color = a.pick(SHELLS)
    if a.mentions("vintage", "old", "leather", "retro", "antique"):
        width, depth, height = a.vary(0.6, 0.08), a.vary(0.2, 0.1), a.vary(0.42, 0.08)
        a.add(rounded_box((width, depth, height), 0.02, 12, (0, 0, height / 2)), "body", LEATHER)
        for sx in (-1, 1):
            a.add(
                box((0.04, depth + 0.01, height + 0.01), (sx * width * 0.3, 0, height / 2)),
                "strap",
                (70, 45, 25),
                Tier.SECONDARY,
            )
            a.add(
                box((0.03, 0.02, 0.03), (sx * width * 0.15, -depth / 2, height - 0.03)),
                "latch",
                (190, 160, 80),
                Tier.FIXED,
            )
        a.add(
            rod((-0.07, 0, height + 0.035), (0.07, 0, height + 0.035), 0.014, 12),
            "handle",
            (70, 45, 25),
        )
        for sx in (-1, 1):
            a.add(box((0.02, 0.025, 0.045), (sx * 0.07, 0, height + 0.015)), "handle", (70, 45, 25))
        return
    width, depth, height = a.vary(0.42, 0.08), a.vary(0.26, 0.1), a.vary(0.62, 0.1)
    wheel = 0.03
    base = wheel * 1.6
    a.add(rounded_box((width, depth, height), 0.035, 16, (0, 0, base + height / 2)), "body", color)
    for k in range(a.pick((3, 4, 5))):  # raised ribs down the front
        x = (k - 2) * width * 0.18
        if abs(x) < width / 2 - 0.05:
            a.add(
                rounded_box(
                    (0.025, 0.01, height * 0.85), 0.004, 8, (x, -depth / 2, base + height / 2)
                ),
                "body",
                color,
            )
    a.add(
        box((width + 0.004, depth * 0.15, height - 0.05), (0, 0, base + height / 2)),
        "zip",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            x, y = sx * (width / 2 - 0.04), sy * (depth / 2 - 0.04)
            a.add(box((0.04, 0.04, 0.03), (x, y, base - 0.005)), "wheel", BLACK_PLASTIC, Tier.FIXED)
            a.add(sphere(wheel, 12, (x, y, wheel)), "wheel", BLACK_PLASTIC, Tier.FIXED)
    pull = a.vary(0.25, 0.4)
    top = base + height
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * width * 0.3, depth * 0.3, top - 0.02),
                (sx * width * 0.3, depth * 0.3, top + pull),
                0.008,
                10,
            ),
            "handle",
            CHROME,
            Tier.FIXED,
        )
    a.add(
        rounded_box((width * 0.66, 0.03, 0.03), 0.012, 10, (0, depth * 0.3, top + pull)),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        rounded_box((0.12, 0.025, 0.025), 0.01, 8, (0, -depth / 2 - 0.005, base + height * 0.7)),
        "handle",
        BLACK_PLASTIC,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "suitcase",
    build_suitcase,
    0.75,
    description="a travel suitcase on wheels with a pull-out handle for luggage",
    synonyms=(
        "luggage",
        "travel case",
        "trolley case",
        "roller suitcase",
        "carry on",
        "carry-on bag",
        "valise",
    ),
    kinds=("vintage suitcase", "leather suitcase", "hard shell suitcase", "rolling luggage"),
    parts=("body", "strap", "latch", "zip", "wheel", "handle"),
    aliases={
        "case": "body",
        "shell": "body",
        "wheels": "wheel",
        "zipper": "zip",
        "straps": "strap",
    },
)
