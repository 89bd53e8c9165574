"""An upright piano: a tall cabinet, a keyboard jutting out, a fallboard, pedals below."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS
from meshforge.engines.text.kit.instruments import PIANO_FINISHES, keyboard
from meshforge.engines.text.kit.solids import box, rod


def build_piano(a: Assembly) -> None:
    """An upright piano: a tall cabinet, a keyboard jutting out, a fallboard, pedals below."""
    width = a.vary(1.48, 0.04)
    height = a.vary(1.2, 0.08)
    depth = a.vary(0.6, 0.06)
    finish = a.pick(PIANO_FINISHES)
    back = depth * 0.55
    a.add(box((width, back, height), (0, depth / 2 - back / 2, height / 2)), "cabinet", finish)
    key_z = 0.72
    front = -depth / 2
    bed = depth - back
    a.add(box((width * 0.96, bed, 0.1), (0, front + bed / 2, key_z - 0.06)), "cabinet", finish)
    for side in (-1, 1):
        cheek = box(
            (0.05, bed + 0.02, 0.16),
            (side * (width / 2 - 0.025), front + bed / 2 - 0.01, key_z + 0.0),
        )
        a.add(cheek, "cabinet", finish)
        toe = box((0.06, depth * 0.9, 0.06), (side * (width / 2 - 0.03), front + depth * 0.4, 0.03))
        a.add(toe, "cabinet", finish)
        a.add(
            rod(
                (side * (width / 2 - 0.03), front + 0.04, 0.06),
                (side * (width / 2 - 0.03), front + 0.04, key_z - 0.11),
                0.03,
                16,
            ),
            "leg",
            finish,
        )
    keyboard(a, width - 0.12, bed * 0.85, key_z, front + 0.01)
    a.add(
        box((width - 0.12, 0.03, 0.09), (0, front + bed - 0.01, key_z + 0.045)), "fallboard", finish
    )
    a.add(
        box((width * 0.55, 0.04, 0.2), (0, front + bed + 0.01, key_z + 0.26)), "music stand", finish
    )
    if a.wants("pedal"):
        for k in (-1, 0, 1):
            a.add(
                box((0.03, 0.1, 0.015), (k * 0.07, depth / 2 - back - 0.04, 0.06)),
                "pedal",
                BRASS,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "piano",
    build_piano,
    1.3,
    description="an upright piano: a tall wooden cabinet with a keyboard of black and white keys",
    synonyms=("upright piano", "pianoforte", "piano keyboard", "honky tonk piano"),
    kinds=("saloon piano", "player piano", "spinet"),
    parts=("cabinet", "key", "black key", "fallboard", "music stand", "leg", "pedal"),
    aliases={"body": "cabinet", "case": "cabinet"},
)
