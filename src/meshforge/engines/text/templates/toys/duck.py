"""A rubber duck: a boat-shaped body with a raised tail, a round head and a flat beak."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import COAL
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere, sink_depth, sphere

CARROT: RGB = (245, 130, 30)


DUCKS: tuple[RGB, ...] = ((255, 215, 40), (255, 225, 60), (250, 200, 30))


def build_duck(a: Assembly) -> None:
    """A rubber duck: a boat-shaped body with a raised tail, a round head and a flat beak."""
    size = a.vary(0.1, 0.1)
    yellow = a.pick(DUCKS)
    a.add(
        ellipsoid(
            (size * 0.55, size * 0.7, size * 0.42), a.segments(size * 0.6), (0, 0, size * 0.38)
        ),
        "body",
        yellow,
    )
    tail = ellipsoid((size * 0.3, size * 0.35, size * 0.18), a.segments(size * 0.3)).rotate(
        (-35, 0, 0)
    )
    a.add(tail.translate((0, size * 0.55, size * 0.55)), "body", yellow)
    head = (0.0, -size * 0.3, size * 0.95)
    head_r = size * a.vary(0.33, 0.08)
    a.add(sphere(head_r, a.segments(head_r), head), "body", yellow)
    beak = ellipsoid((head_r * 0.55, head_r * 0.55, head_r * 0.2), a.segments(head_r * 0.5))
    a.add(beak.translate(on_sphere(head, head_r, 0, -10, head_r * 0.1)), "beak", CARROT, Tier.FIXED)
    for side in (-1, 1):
        a.add(
            sphere(
                head_r * 0.12,
                a.segments(head_r * 0.12),
                on_sphere(
                    head,
                    head_r,
                    side * 35,
                    20,
                    sink_depth(head_r, a.segments(head_r), head_r * 0.12),
                ),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
        wing = ellipsoid((size * 0.12, size * 0.35, size * 0.2), a.segments(size * 0.2))
        a.add(
            wing.rotate((15, 0, 0)).translate((side * size * 0.48, size * 0.08, size * 0.45)),
            "wing",
            yellow,
        )


TEMPLATE = Template(
    "duck",
    build_duck,
    0.13,
    description="a water bird with a flat bill",
    synonyms=("rubber duck", "duckling", "rubber ducky", "ducky"),
    kinds=("drake", "eider", "muscovy duck"),
    parts=("body", "beak", "eye", "wing"),
    aliases={"bill": "beak", "head": "body"},
)
