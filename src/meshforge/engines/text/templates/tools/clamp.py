"""A C-clamp stood up: a cast C frame, a threaded screw through one jaw, a T-bar handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import front_plate
from meshforge.engines.text.kit.solids import cylinder, rod
from meshforge.engines.text.kit.tools import PAINTED, STEEL


def build_clamp(a: Assembly) -> None:
    """A thick C-shaped frame open to the right, a screw up through the lower jaw, a swivel pad."""
    s = a.vary(1.0, 0.15)
    w, h, bar = 0.12 * s, 0.16 * s, 0.022 * s
    color = a.pick(PAINTED)
    outline = [
        (0.0, 0.0),
        (w, 0.0),
        (w, bar),
        (bar, bar * 1.2),
        (bar, h - bar * 1.2),
        (w, h - bar),
        (w, h),
        (0.0, h),
    ]
    a.add(front_plate(outline, bar * 0.8, round_r=bar * 0.35), "frame", color)
    x = w - bar * 0.6
    a.add(
        rod((x, 0, -0.05 * s), (x, 0, h - bar - 0.01 * s), 0.006 * s, 12),
        "screw",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.013 * s, 0.008 * s, 16, (x, 0, h - bar - 0.016 * s)), "screw", STEEL, Tier.FIXED
    )
    a.add(
        rod((x - 0.04 * s, 0, -0.05 * s), (x + 0.04 * s, 0, -0.05 * s), 0.005 * s, 10),
        "handle",
        STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "clamp",
    build_clamp,
    0.2,
    description="a c-clamp, a c-shaped metal frame with a screw for holding work tight",
    synonyms=("c clamp", "c-clamp", "g clamp", "g-clamp", "clamps"),
    kinds=("woodworking clamp",),
    parts=("frame", "screw", "handle"),
    aliases={"body": "frame", "jaw": "frame", "bar": "handle", "thread": "screw"},
)
