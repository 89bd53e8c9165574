"""A nightstand: a small bedside cabinet on short legs with one or two drawers and knobs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import box, slab, sphere


def build_nightstand(a: Assembly) -> None:
    """A nightstand: a small bedside cabinet on short legs with drawers and knobs."""
    width, depth, height = a.vary(0.45, 0.1), a.vary(0.38, 0.08), a.vary(0.55, 0.08)
    wood = a.pick(WOODS + PAINTS[:2])
    legs = a.vary(0.1, 0.2)
    case_h = height - legs - 0.03
    a.add(box((width, depth, case_h), (0, 0, legs + case_h / 2)), "body", wood)
    a.add(slab((width + 0.03, depth + 0.03, 0.03), 0.01, 8, (0, 0, height - 0.015)), "top", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                box(
                    (0.04, 0.04, legs + 0.01),
                    (sx * (width / 2 - 0.03), sy * (depth / 2 - 0.03), legs / 2 + 0.005),
                ),
                "leg",
                wood,
            )
    drawers = a.count("drawer", a.pick((1, 2, 2)), 1, 3)
    front = -depth / 2
    gap = 0.012
    face_h = (case_h - gap * (drawers + 1)) / drawers
    knob = a.pick(LAMP_METALS)
    for k in range(drawers):
        z = legs + gap + face_h / 2 + k * (face_h + gap)
        a.add(
            box((width - 2 * gap, 0.016, face_h), (0, front - 0.006, z)),
            "drawer",
            wood,
            Tier.SECONDARY,
        )
        a.add(sphere(0.014, 12, (0, front - 0.02, z)), "knob", knob, Tier.FIXED)


TEMPLATE = Template(
    "nightstand",
    build_nightstand,
    0.55,
    description="a small bedside cabinet with drawers that stands next to a bed",
    synonyms=(
        "night stand",
        "bedside cabinet",
        "night table",
        "bedside drawers",
        "nightstand table",
        "bedside table",
    ),
    kinds=("bedside chest",),
    parts=("body", "top", "leg", "drawer", "knob"),
    aliases={"handle": "knob"},
)
