"""A tape measure: a rounded square case, a badge on its face, a yellow blade with a hook."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, STEEL
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

CASES: tuple[RGB, ...] = ((245, 190, 25), (210, 40, 40), (30, 30, 34), (230, 230, 228))
BLADE: RGB = (250, 215, 40)


def build_tape_measure(a: Assembly) -> None:
    """A tape measure: a rounded square case, a badge on its face, a yellow blade with a hook."""
    size = a.vary(0.07, 0.12)
    depth = size * a.between(0.45, 0.55)
    s = a.segments(size / 2)
    half = size / 2
    a.add(rounded_box((size, depth, size), size * 0.2, s, (0, 0, half)), "case", a.pick(CASES))
    badge_color = BLACK if a.chance(0.6) else STEEL
    for side in (-1, 1):
        badge = front_disc(size * 0.3, depth * 0.1, s, 0, half, side * depth * 0.5)
        a.add(badge, "badge", badge_color, Tier.SECONDARY)
    if a.wants("button"):
        button = rounded_box(
            (size * 0.12, depth * 0.45, size * 0.12), size * 0.03, 12, (-size * 0.1, 0, size)
        )
        a.add(button, "button", BLACK, Tier.FIXED)
    if a.wants("blade"):
        out = a.vary(0.5, 0.6) * size
        blade = box(
            (out + size * 0.1, depth * 0.6, size * 0.025),
            (-half - out / 2 + size * 0.05, 0, size * 0.06),
        )
        a.add(blade, "blade", BLADE, Tier.FIXED)
        hook = box((size * 0.02, depth * 0.65, size * 0.09), (-half - out, 0, size * 0.08))
        a.add(hook, "hook", STEEL, Tier.FIXED)
    if a.wants("clip"):
        clip = box((size * 0.5, depth * 0.12, size * 0.6), (size * 0.05, depth * 0.55, size * 0.5))
        a.add(clip, "clip", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "tape measure",
    build_tape_measure,
    0.08,
    description="a small case holding a retractable ruled metal tape for measuring",
    synonyms=("measuring tape", "tape rule", "measure tape", "retractable tape"),
    kinds=("builders tape", "carpenter tape measure"),
    parts=("case", "badge", "button", "blade", "hook", "clip"),
    aliases={"tape": "blade", "lock": "button", "body": "case", "housing": "case"},
)
