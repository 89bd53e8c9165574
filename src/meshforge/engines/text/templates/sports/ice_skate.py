"""An ice skate: a high laced boot on a steel blade with a curled toe pick."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import laces, shoe
from meshforge.engines.text.kit.gear import BLACK, STEEL, WHITE
from meshforge.engines.text.kit.solids import box, cylinder, subtract, union
from meshforge.engines.text.kit.sweeps import face_prism

BOOTS: tuple[RGB, ...] = (WHITE, BLACK, (240, 200, 210), (30, 60, 130))


def build_ice_skate(a: Assembly) -> None:
    """An ice skate: a high laced boot on a steel blade with a curled toe pick."""
    length = a.vary(0.29, 0.06)
    width = length * 0.37
    boot = a.pick(BOOTS)
    body = shoe(a, length, length * 0.22, boot, BLACK, sole_thick=length * 0.05)
    shaft_r = width * 0.46
    x = length * 0.26
    outer = cylinder(
        shaft_r, length * a.between(0.55, 0.7), a.segments(shaft_r), (x, 0, length * 0.08)
    )
    inner = cylinder(shaft_r * 0.85, length, a.segments(shaft_r), (x, 0, length * 0.25))
    a.add(subtract(outer, inner).scale((1.0, 0.85, 1.0)), "upper", boot)
    if a.wants("lace"):
        laces(
            a,
            union([body, outer.scale((1.0, 0.85, 1.0))]),
            -length * 0.15,
            length * 0.1,
            width * 0.4,
            4,
        )
    # the blade: a long steel runner below the sole, held by two stanchions
    drop = length * 0.16
    half = length * 0.58
    runner = [
        (-half, -drop * 0.75),
        (-half * 0.9, -drop),
        (half * 0.9, -drop),
        (half, -drop * 0.7),
        (half, -drop * 0.55),
        (-half * 0.95, -drop * 0.55),
    ]
    # face_prism works in (x, z) seen from the front; the skate's length runs along X
    a.add(face_prism(runner, 0.006), "blade", STEEL, Tier.FIXED)
    for xs in (-length * 0.3, length * 0.33):
        a.add(
            box((length * 0.1, width * 0.35, drop * 0.7), (xs, 0, -drop * 0.25)),
            "blade",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "ice skate",
    build_ice_skate,
    0.3,
    description="a laced skating boot on a long steel blade for gliding on ice",
    synonyms=(
        "ice skates",
        "figure skate",
        "figure skates",
        "hockey skate",
        "skating boot",
        "skate",
    ),
    kinds=("speed skate",),
    parts=("upper", "sole", "blade", "lace", "lining"),
    aliases={"boot": "upper", "runner": "blade", "laces": "lace"},
)
