"""A kettlebell: a heavy iron ball with a flat base and a thick loop handle on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, IRON, SPORTY
from meshforge.engines.text.kit.solids import box, sphere, subtract
from meshforge.engines.text.kit.sweeps import tube


def build_kettlebell(a: Assembly) -> None:
    """A kettlebell: a heavy iron ball with a flat base and a thick loop handle on top."""
    r = a.vary(0.1, 0.12)
    seg = a.segments(r)
    color = a.pick((IRON, BLACK, IRON, *SPORTY[:2]))
    ball = subtract(sphere(r, seg, (0, 0, r * 0.88)), box((1.0, 1.0, 0.5), (0, 0, -0.25)))
    a.add(ball, "ball", color)
    w, h = r * 0.75, r * a.between(0.75, 0.95)
    top = r * 1.75
    loop = [
        (-w, 0.0, r * 1.35),
        (-w * 1.05, 0.0, top + h * 0.5),
        (-w * 0.6, 0.0, top + h),
        (w * 0.6, 0.0, top + h),
        (w * 1.05, 0.0, top + h * 0.5),
        (w, 0.0, r * 1.35),
    ]
    a.add(
        tube(loop, r * 0.16, a.segments(r * 0.5)),
        "handle",
        IRON if color not in (IRON, BLACK) else color,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "kettlebell",
    build_kettlebell,
    0.3,
    description="a cast iron weight like a ball with a loop handle on top",
    synonyms=("kettle bell", "girya"),
    kinds=("competition kettlebell",),
    parts=("ball", "handle"),
    aliases={"body": "ball", "weight": "ball", "loop": "handle"},
)
