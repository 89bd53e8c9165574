"""A torii gate: two red pillars, a straight tie beam, and a curved top lintel that overhangs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder
from meshforge.engines.text.kit.sweeps import face_prism

REDS: tuple[RGB, ...] = ((210, 60, 35), (195, 45, 30), (225, 90, 40))
BLACK: RGB = (35, 32, 30)


def build_torii_gate(a: Assembly) -> None:
    """Two red pillars, a straight tie beam, and a curved top lintel that overhangs."""
    red = a.pick(REDS)
    h, span = a.vary(5.0, 0.08), a.vary(4.0, 0.08)
    r = h * 0.045
    for sx in (-1, 1):
        a.add(cylinder(r, h, a.segments(r), (sx * span / 2, 0, 0), r * 0.88), "pillar", red)
        a.add(
            cylinder(r * 1.3, h * 0.08, a.segments(r), (sx * span / 2, 0, 0)),
            "base",
            BLACK,
            Tier.FIXED,
        )
    a.add(box((span * 1.25, r * 1.3, r * 1.6), (0, 0, h * 0.78)), "beam", red)
    over = span * a.between(0.72, 0.8)
    top = h * 0.94
    lintel = [
        (-over, top + r * 0.9),
        (-over * 0.5, top + r * 0.1),
        (0, top),
        (over * 0.5, top + r * 0.1),
        (over, top + r * 0.9),
        (over, top + r * 2.4),
        (over * 0.5, top + r * 1.6),
        (0, top + r * 1.5),
        (-over * 0.5, top + r * 1.6),
        (-over, top + r * 2.4),
    ]
    a.add(face_prism(lintel, r * 2.2), "lintel", red)
    cap = [(x, z + r * 1.3) for x, z in lintel[5:]] + [(x, z + 0.0) for x, z in lintel[5:]][::-1]
    a.add(face_prism(cap, r * 2.5), "cap", BLACK, Tier.FIXED)
    a.add(
        box((r * 1.4, r * 1.0, top - h * 0.78), (0, 0, (top + h * 0.78) / 2 + r * 0.2)), "beam", red
    )


TEMPLATE = Template(
    "torii gate",
    build_torii_gate,
    5.0,
    description="a japanese shrine gate: two red pillars with a tie beam and a curved top lintel",
    synonyms=("torii", "japanese gate", "shrine gate", "shinto gate"),
    kinds=("red torii",),
    parts=("pillar", "base", "beam", "lintel", "cap"),
    aliases={
        "posts": "pillar",
        "post": "pillar",
        "top": "lintel",
        "roof": "cap",
    },
)
