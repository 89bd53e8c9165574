"""A swimsuit stood up as if worn: a one-piece with straps, or a two-piece bikini."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, front_plate
from meshforge.engines.text.kit.solids import ellipsoid
from meshforge.engines.text.kit.sweeps import tube


def build_swimsuit(a: Assembly) -> None:
    """A one-piece with shoulder straps, or (asked for) a bikini: a top tied to the briefs."""
    w = a.vary(0.34, 0.06)
    depth = 0.03
    color = a.pick((*SPORTY, (30, 30, 34), (240, 120, 160)))
    two_piece = a.mentions("bikini", "two") or a.chance(0.2)
    leg = w * 0.32  # the cut of the leg openings at the hips
    briefs = [(-w * 0.08, 0.0), (w * 0.08, 0.0), (w / 2, leg), (w / 2, leg + 0.05)]
    bust = w * 1.3
    if two_piece:
        low = [*briefs, (-w / 2, leg + 0.05), (-w / 2, leg)]
        a.add(front_plate(low, depth, round_r=0.01), "suit", color)
        for side in (-1, 1):
            cup = ellipsoid((w * 0.2, depth * 1.1, w * 0.17), 20, (side * w * 0.2, 0, bust))
            a.add(cup, "top", color, Tier.SECONDARY)
        # the ties: round the back from cup to cup and down to the briefs, so it is one piece
        a.add(
            tube([(-w * 0.3, 0, bust), (0, 0, bust - 0.01), (w * 0.3, 0, bust)], 0.006, 8),
            "top",
            color,
            Tier.SECONDARY,
        )
        a.add(
            tube([(0, 0, bust), (0, 0.01, (bust + leg) / 2), (0, 0, leg + 0.03)], 0.006, 8),
            "strap",
            color,
            Tier.SECONDARY,
        )
    else:
        outline = [
            *briefs,
            (w * 0.42, leg + w * 0.55),
            (w / 2, bust),
            (w * 0.32, bust + w * 0.18),
            (0, bust + w * 0.05),
            (-w * 0.32, bust + w * 0.18),
            (-w / 2, bust),
            (-w * 0.42, leg + w * 0.55),
            (-w / 2, leg + 0.05),
            (-w / 2, leg),
        ]
        a.add(front_plate(outline, depth * 1.4, round_r=0.015), "suit", color)
    top = bust + w * (0.18 if not two_piece else 0.1)
    for side in (-1, 1):
        x = side * w * 0.3
        strap = tube(
            [(x, -0.012, top - 0.02), (x * 1.1, 0, top + w * 0.22), (x, 0.012, top - 0.02)],
            0.007,
            8,
        )
        a.add(strap, "strap", color, Tier.SECONDARY)


TEMPLATE = Template(
    "swimsuit",
    build_swimsuit,
    0.7,
    description="a woman's swimsuit, a one-piece bathing suit with shoulder straps",
    synonyms=("bathing suit", "swimming costume", "one piece swimsuit", "bikini", "swimwear"),
    kinds=("swimsuits", "bikinis", "maillot", "two piece swimsuit"),
    parts=("suit", "top", "strap"),
    aliases={"straps": "strap", "bottom": "suit", "briefs": "suit", "cups": "top", "body": "suit"},
)
