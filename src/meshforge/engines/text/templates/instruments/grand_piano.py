"""A grand piano: the curved case on three legs, keyboard in front, lid propped open."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, top_plate
from meshforge.engines.text.kit.instruments import PIANO_FINISHES, keyboard
from meshforge.engines.text.kit.solids import box, rod, subtract

GOLDEN_PLATE = (200, 160, 80)


def _case_outline(width: float, length: float) -> list[tuple[float, float]]:
    """The top view of the case: straight bass side on the left, the bent side on the right."""
    w = width / 2
    return [
        (-w, 0.0),
        (w, 0.0),
        (w, length * 0.18),
        (w * 0.88, length * 0.36),
        (w * 0.55, length * 0.52),
        (w * 0.25, length * 0.66),
        (w * 0.12, length * 0.8),
        (w * 0.02, length * 0.92),
        (-w * 0.25, length * 0.99),
        (-w * 0.6, length),
        (-w * 0.9, length * 0.95),
        (-w, length * 0.85),
    ]


def build_grand_piano(a: Assembly) -> None:
    """A grand piano: the curved case on three legs, keyboard in front, lid propped open."""
    width = a.vary(1.5, 0.03)
    length = a.vary(1.9, 0.15)
    finish = a.pick(PIANO_FINISHES)
    rim_z, rim_h = 0.62, 0.32
    outline = _case_outline(width, length)
    case = top_plate(outline, rim_h, rim_z, round_r=0.02)
    inner = top_plate(
        [(x * 0.94, 0.03 + y * 0.96) for x, y in outline], rim_h, rim_z + 0.06, round_r=0.02
    )
    a.add(subtract(case, inner), "case", finish)
    a.add(
        top_plate(
            [(x * 0.94, 0.03 + y * 0.96) for x, y in outline], 0.02, rim_z + 0.05, round_r=0.02
        ),
        "plate",
        GOLDEN_PLATE,
        Tier.FIXED,
    )
    key_z = 0.74
    bed = 0.3
    a.add(box((width, bed, 0.1), (0, -bed / 2, key_z - 0.06)), "case", finish)
    for side in (-1, 1):
        a.add(box((0.06, bed, 0.16), (side * (width / 2 - 0.03), -bed / 2, key_z)), "case", finish)
    keyboard(a, width - 0.14, bed * 0.8, key_z, -bed + 0.01)
    a.add(box((width - 0.14, 0.06, 0.06), (0, -0.02, key_z + 0.03)), "case", finish)
    # the desk leans on the case's front wall, above the keys
    stand = box((width * 0.5, 0.02, 0.24), (0, 0.015, rim_z + rim_h + 0.1))
    a.add(stand, "music stand", finish)
    for x, y in (
        (-width / 2 + 0.08, 0.02),
        (width / 2 - 0.08, 0.02),
        (-width * 0.25, length * 0.85),
    ):
        a.add(rod((x, y, 0.03), (x, y, rim_z + 0.02), 0.05, 16, 0.065), "leg", finish)
        a.add(rod((x, y, 0.0), (x, y, 0.035), 0.035, 12), "leg", BRASS)
    if a.wants("pedal"):
        a.add(box((0.1, 0.05, rim_z), (0, 0.05, 0.04 + rim_z / 2)), "pedal", finish)
        for k in (-1, 0, 1):
            a.add(box((0.025, 0.09, 0.015), (k * 0.04, 0.0, 0.06)), "pedal", BRASS, Tier.FIXED)
    if a.wants("lid"):
        angle = a.between(28.0, 40.0) if not a.mentions("closed") else 0.0
        lid = top_plate(outline, 0.025, 0.0, round_r=0.02)
        hinge_x = -width / 2
        lid = (
            lid.translate((-hinge_x, 0, 0))
            .rotate((0, -angle, 0))
            .translate((hinge_x, 0, rim_z + rim_h - 0.012))
        )
        a.add(lid, "lid", finish)
        if angle > 0:
            # from the plate up to the lid's underside, a reach along the tilted lid
            reach = width * 0.75
            tilt = math.radians(angle)
            prop_x = hinge_x + reach * math.cos(tilt)
            top_z = rim_z + rim_h - 0.012 + reach * math.sin(tilt) + 0.01
            a.add(
                rod(
                    (prop_x, length * 0.35, rim_z + 0.05), (prop_x, length * 0.35, top_z), 0.012, 8
                ),
                "prop",
                finish,
            )


TEMPLATE = Template(
    "grand piano",
    build_grand_piano,
    1.5,
    description="a grand piano with a long curved case on three legs and a lid propped open",
    synonyms=("concert grand", "baby grand", "baby grand piano", "concert piano"),
    kinds=("steinway", "concert grand piano"),
    parts=("case", "plate", "key", "black key", "music stand", "leg", "pedal", "lid", "prop"),
    aliases={"body": "case", "stick": "prop"},
)
