"""A kimono laid flat and stood up: a long straight robe, wide hanging sleeves and an obi sash."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import front_plate
from meshforge.engines.text.kit.solids import box

SILKS: tuple[RGB, ...] = (
    (180, 30, 45),
    (30, 50, 110),
    (235, 150, 170),
    (40, 40, 45),
    (70, 120, 90),
    (235, 225, 205),
)
OBIS: tuple[RGB, ...] = ((230, 190, 80), (200, 40, 50), (245, 240, 230), (30, 30, 34))


def build_kimono(a: Assembly) -> None:
    """A long straight robe, wide hanging sleeves, a crossed collar band and an obi sash."""
    width = a.vary(0.55, 0.08)
    height = width * a.between(2.4, 2.7)
    half, depth = width / 2, 0.035
    shoulder = height * 0.98
    reach = half + width * a.between(0.55, 0.7)
    cuff = shoulder - width * a.between(0.75, 0.9)  # the sleeves hang deep, square-cut
    outline = [
        (-half * 1.05, 0.0),
        (half * 1.05, 0.0),
        (half, cuff + 0.1),
        (reach, cuff),
        (reach, shoulder),
        (half * 0.3, height),
        (-half * 0.3, height),
        (-reach, shoulder),
        (-reach, cuff),
        (-half, cuff + 0.1),
    ]
    silk = a.pick(SILKS)
    a.add(front_plate(outline, depth, round_r=0.02), "robe", silk)
    trim = a.pick([c for c in (*OBIS, (245, 240, 230)) if c != silk])
    # the crossed collar: left over right, down to the sash
    waist = height * a.between(0.55, 0.6)
    for side, lean in ((-1, 1), (1, -1)):
        band = box((0.035, 0.012, height - waist), (0, -depth / 2, 0))
        band = band.rotate((0, lean * 14, 0))
        a.add(
            band.translate((side * half * 0.14, 0, (height + waist) / 2)),
            "collar",
            trim,
            Tier.FIXED,
        )
    obi_h = width * 0.28
    a.add(
        box((width * 1.08, depth * 1.5, obi_h), (0, 0, waist)), "obi", a.pick(OBIS), Tier.SECONDARY
    )


TEMPLATE = Template(
    "kimono",
    build_kimono,
    1.45,
    description="a japanese kimono, a long wrapped silk robe with wide sleeves and an obi sash",
    synonyms=("kimonos", "yukata", "japanese robe"),
    kinds=("silk kimono", "haori"),
    parts=("robe", "collar", "obi"),
    aliases={"sleeve": "robe", "body": "robe", "sash": "obi", "belt": "obi", "trim": "collar"},
)
