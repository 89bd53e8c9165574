"""A milkshake: a tall flared glass full to the brim, a swirl of cream, a cherry and a straw."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tableware import GLASS, smooth_outline

FLAVOURS: dict[str, RGB] = {
    "strawberry": (240, 160, 180),
    "chocolate": (120, 75, 50),
    "vanilla": (245, 235, 205),
    "mint": (170, 225, 185),
    "banana": (245, 225, 140),
}
CREAM: RGB = (252, 250, 245)
CHERRY: RGB = (195, 20, 35)
STRAWS: tuple[RGB, ...] = ((230, 50, 60), (250, 250, 250), (70, 150, 220))


def build_milkshake(a: Assembly) -> None:
    """A milkshake: a tall flared glass full to the brim, cream, a cherry and a striped straw."""
    height, radius = a.vary(0.17, 0.1), a.vary(0.04, 0.1)
    flavour = next((name for name in FLAVOURS if a.mentions(name)), None)
    shake = FLAVOURS[flavour] if flavour else a.pick(tuple(FLAVOURS.values()))
    foot_h = height * 0.12
    # the glass is clear: what shows is the shake, on a glass foot, under a glass rim
    foot = lathe(
        [
            (0, 0),
            (radius * 0.7, 0),
            (radius * 0.7, foot_h * 0.2),
            (radius * 0.25, foot_h),
            (0, foot_h),
        ],
        a.segments(radius),
    )
    a.add(foot, "glass", GLASS)
    outline = smooth_outline([radius * 0.55, radius * 0.7, radius * 0.9, radius], height - foot_h)
    body = lathe([(0.0, 0.0), *outline, (0.0, height - foot_h)], a.segments(radius))
    a.add(body.translate((0, 0, foot_h * 0.95)), "shake", shake)
    a.add(hoop(radius, radius * 0.05, a.segments(radius), (0, 0, height)), "glass", GLASS)
    top = height
    if a.wants("cream"):
        # a whipped swirl: rings narrowing upward to a peak
        rings = [
            hoop(
                radius * (0.75 - 0.17 * k),
                radius * (0.25 - 0.03 * k),
                a.segments(radius * (0.75 - 0.17 * k)),
                (0, 0, top + radius * 0.22 * k),
            )
            for k in range(4)
        ]
        rings.append(sphere(radius * 0.18, 12, (0, 0, top + radius * 0.85)))
        a.add(union(rings), "cream", CREAM, Tier.FIXED)
        top += radius * 0.95
    if a.maybe("cherry", 0.8):
        a.add(sphere(radius * 0.2, 12, (0, 0, top + radius * 0.12)), "cherry", CHERRY, Tier.FIXED)
    if a.wants("straw"):
        straw = rod(
            (radius * 0.3, 0, height * 0.5),
            (radius * 0.8, 0, height + radius * 2.0),
            radius * 0.09,
            10,
        )
        a.add(straw, "straw", STRAWS, Tier.SECONDARY)


TEMPLATE = Template(
    "milkshake",
    build_milkshake,
    0.22,
    description="a tall glass of milkshake topped with whipped cream, a cherry and a straw",
    synonyms=("milk shake", "shake", "milkshakes", "thick shake", "smoothie", "frappe"),
    kinds=("chocolate milkshake", "strawberry milkshake", "vanilla milkshake"),
    not_claimed=("protein shake",),
    parts=("glass", "shake", "cream", "cherry", "straw"),
    aliases={"whipped cream": "cream", "drink": "shake", "milk": "shake"},
)
