"""A monk: a long brown habit with its hood down, a rope belt, a tonsured head, hands together."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box
from meshforge.engines.text.kit.sweeps import hoop

HABITS: tuple[RGB, ...] = (
    (110, 75, 45),
    (90, 60, 40),
    (50, 45, 45),
    (230, 120, 30),
    (140, 130, 115),
)
ROPE: RGB = (220, 205, 160)


def build_monk(a: Assembly) -> None:
    """A floor-length habit, the hood fallen on the back, a rope belt, a ring of hair."""
    f = build_figure(
        a, Outfit(top=HABITS, bottom=HABITS, hair=None, dress=True, pose="hold", coat=1.0)
    )
    s, r = f.scale, f.head_r
    (hx, hy, hz) = f.head
    if a.wants("hood"):
        hood = ellipsoid(
            (0.16 * s, 0.1 * s, 0.14 * s),
            a.segments(0.16 * s),
            (0, 0.14 * s, f.shoulder_z + 0.02 * s),
        )
        a.add(hood, "hood", f.top, Tier.FIXED)
    belt = hoop(0.21 * s, 0.014 * s, a.segments(0.2 * s), (0, 0, f.waist_z + 0.05 * s)).scale(
        (1.0, 0.7, 1.0)
    )
    a.add(belt, "belt", ROPE, Tier.FIXED)
    if a.wants("hair"):  # the tonsure: a ring of hair round a bare crown
        ring = hoop(r * 0.93, r * 0.16, a.segments(r), (hx, hy + r * 0.05, hz + r * 0.3))
        a.add(ring, "hair", a.pick(HAIRS), Tier.FIXED)
    right, left = f.hands
    mid = ((right[0] + left[0]) / 2, (right[1] + left[1]) / 2, (right[2] + left[2]) / 2)
    a.add(rounded_box((abs(left[0] - right[0]), 0.1 * s, 0.08 * s), 0.03 * s, 8, mid), "arm", f.top)


TEMPLATE = Template(
    "monk",
    build_monk,
    1.85,
    description="a monk in a long brown hooded habit with a rope belt and a tonsured head",
    synonyms=("monks", "friar", "buddhist monk", "abbot", "franciscan monk", "shaolin monk"),
    kinds=("tibetan monk", "medieval monk"),
    parts=(*FIGURE_PARTS, "hood", "belt"),
    aliases={**FIGURE_ALIASES, "habit": "body", "robe": "body", "rope": "belt", "tonsure": "hair"},
)
