"""An ironing board: a long padded board with a pointed nose on folding X legs, an iron rest at
the square end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, prism, rod
from meshforge.engines.text.kit.tools import RUBBER, STEEL

COVERS: tuple[RGB, ...] = (
    (150, 190, 220),
    (235, 230, 215),
    (200, 120, 140),
    (130, 170, 120),
    (190, 190, 195),
)


def build_ironing_board(a: Assembly) -> None:
    """An ironing board: a long padded board with a pointed nose on folding X legs, an iron rest
    at the square end."""
    length, width = a.vary(1.2, 0.08), a.vary(0.36, 0.08)
    top = a.vary(0.86, 0.06)
    half = length / 2
    # seen from above: square at the rest end (+X), tapering into a rounded point (-X)
    outline = [
        (half, -width / 2),
        (half, width / 2),
        (-half * 0.35, width / 2),
        (-half * 0.75, width * 0.38),
        (-half * 0.95, width * 0.17),
        (-half, 0.0),
        (-half * 0.95, -width * 0.17),
        (-half * 0.75, -width * 0.38),
        (-half * 0.35, -width / 2),
    ]
    a.add(prism(outline, 0.012, (0, 0, top - 0.035)), "board", STEEL, Tier.FIXED)
    cover = prism([(x * 1.01, y * 1.02) for x, y in outline], 0.025, (0, 0, top - 0.025))
    a.add(cover, "cover", a.pick(COVERS))
    # two pairs of legs crossing under the board's middle, in the board's long plane
    frame = a.pick((STEEL, (40, 40, 44), (235, 235, 235)))
    foot = half * 0.6
    for dx, y in ((1, -width * 0.3), (-1, width * 0.3)):
        a.add(
            rod((dx * foot, y, 0.02), (-dx * half * 0.45, y, top - 0.03), 0.011, 10), "legs", frame
        )
        a.add(
            capsule((dx * foot, -width * 0.35, 0.015), (dx * foot, width * 0.35, 0.015), 0.02, 10),
            "feet",
            RUBBER,
            Tier.FIXED,
        )
    cross_z = 0.02 + (top - 0.05) * foot / (foot + half * 0.45)  # where the legs cross
    a.add(
        rod((0.0, -width * 0.32, cross_z), (0.0, width * 0.32, cross_z), 0.008, 8),
        "legs",
        frame,
    )
    if a.maybe("rest", 0.8, "iron"):
        # a wire iron rest continuing the board past its square end
        for y in (-width * 0.3, width * 0.3):
            a.add(
                rod((half - 0.02, y, top - 0.03), (half + 0.2, y * 0.8, top - 0.03), 0.006, 8),
                "rest",
                frame,
            )
        a.add(box((0.03, width * 0.5, 0.012), (half + 0.2, 0, top - 0.03)), "rest", frame)


TEMPLATE = Template(
    "ironing board",
    build_ironing_board,
    0.9,
    description="a long narrow padded board on folding legs, for ironing clothes on",
    synonyms=("ironing table", "iron board", "folding ironing board"),
    parts=("board", "cover", "legs", "feet", "rest"),
    aliases={"pad": "cover", "leg": "legs", "frame": "legs", "iron rest": "rest"},
)
