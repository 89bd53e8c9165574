"""A xylophone: a row of bars shortening left to right on two rails, and two mallets."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, rod, sphere, union

RAINBOW = (
    (220, 40, 40),
    (245, 130, 30),
    (250, 210, 40),
    (70, 170, 70),
    (50, 140, 220),
    (60, 80, 190),
    (140, 70, 180),
    (230, 80, 160),
)


def build_xylophone(a: Assembly) -> None:
    """A xylophone: a row of bars shortening left to right on two rails, and two mallets."""
    toy = not a.mentions("wooden", "wood", "marimba", "orchestral", "concert") and a.chance(0.6)
    bars = a.count("bar", 8, 5, 16)
    scale = 1.0 if toy else 1.6
    bar_w, gap = 0.03 * scale, 0.008 * scale
    longest = a.vary(0.2, 0.08) * scale
    shortest = longest * 0.55
    total = bars * bar_w + (bars - 1) * gap
    frame = a.pick(WOODS) if not toy else a.pick(((240, 240, 235), (220, 40, 40), (50, 140, 220)))
    z = 0.035 * scale
    for side in (-1, 1):
        rail = Manifold.batch_hull(
            [
                box(
                    (0.02 * scale, 0.02 * scale, 0.03 * scale),
                    (-total / 2, side * longest * 0.32, z / 2 + 0.004),
                ),
                box(
                    (0.02 * scale, 0.02 * scale, 0.03 * scale),
                    (total / 2, side * shortest * 0.32, z / 2 + 0.004),
                ),
            ]
        )
        a.add(rail, "frame", frame, Tier.SECONDARY)
    # the bars lie on the rails, sunk a hair into them so that the two join
    rail_top = z / 2 + 0.004 + 0.015 * scale
    bar_z = rail_top - 0.001 + 0.006 * scale
    bar_top = bar_z + 0.006 * scale
    bars_solids = []
    for k in range(bars):
        x = -total / 2 + bar_w / 2 + k * (bar_w + gap)
        length = longest + (shortest - longest) * k / max(1, bars - 1)
        bar = box((bar_w, length, 0.012 * scale), (x, 0, bar_z))
        if toy:
            a.add(bar, "bar", RAINBOW[k % len(RAINBOW)], Tier.FIXED)
        else:
            bars_solids.append(bar)
    if bars_solids:
        a.add(union(bars_solids), "bar", a.pick(WOODS[1:]), Tier.FIXED)
    if a.wants("mallet"):
        for side in (-1, 1):
            # the head rests on the bars, the stick reaches out past the front
            start = (side * total * 0.15, -longest * 0.2, bar_top + 0.009 * scale)
            end = (
                side * total * 0.3 + 0.04,
                -longest * 0.75 - 0.18 * scale,
                bar_top + 0.03 * scale,
            )
            a.add(rod(start, end, 0.004 * scale, 8), "mallet", a.pick(WOODS), Tier.FIXED)
            a.add(
                sphere(0.012 * scale, 16, start),
                "mallet head",
                (200, 40, 40) if toy else (240, 235, 220),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "xylophone",
    build_xylophone,
    0.08,
    description="a percussion instrument of tuned bars in a row, struck with mallets",
    synonyms=("glockenspiel", "marimba", "toy xylophone", "metallophone", "vibraphone"),
    kinds=("rainbow xylophone", "kids xylophone"),
    parts=("bar", "frame", "mallet", "mallet head"),
    aliases={"key": "bar", "stick": "mallet", "rail": "frame"},
)
