"""A pepper mill: a tall turned body, waisted, with a knob on its cap and a steel foot ring."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import cylinder, sphere
from meshforge.engines.text.kit.tableware import STEEL, turned_body

MILLS: tuple[RGB, ...] = (*WOODS, (35, 35, 38), (240, 240, 236), (190, 45, 40))

SHAPES: tuple[list[float], ...] = (
    [1.0, 0.92, 0.7, 0.62, 0.7, 0.85, 0.8, 0.6],  # classic waisted mill
    [1.0, 1.0, 0.95, 0.95, 0.95, 0.95, 0.9, 0.7],  # straight column
    [1.0, 0.8, 0.62, 0.62, 0.75, 0.95, 0.9, 0.55],  # low waist, bulbous head
)


def build_pepper_grinder(a: Assembly) -> None:
    """A pepper mill: a tall turned body, waisted, with a knob on its cap and a steel foot ring."""
    radius, height = a.vary(0.028, 0.12), a.vary(0.2, 0.2)
    shape = a.pick(SHAPES)
    body = height * 0.92
    a.add(cylinder(radius * 1.02, 0.008, a.segments(radius)), "foot", STEEL, Tier.FIXED)
    turned_body(a, [radius * s for s in shape], body, a.pick(MILLS))
    # the seam where the head turns against the body
    seam_z = body * 0.72
    seam_r = radius * shape[5] * 1.0
    a.add(
        cylinder(seam_r, 0.004, a.segments(seam_r), (0, 0, seam_z)), "band", STEEL, Tier.SECONDARY
    )
    knob_r = radius * 0.35
    a.add(
        cylinder(knob_r * 0.45, height * 0.05, 12, (0, 0, body - 0.002)), "knob", STEEL, Tier.FIXED
    )
    a.add(
        sphere(knob_r, a.segments(knob_r), (0, 0, body + height * 0.05)), "knob", STEEL, Tier.FIXED
    )


TEMPLATE = Template(
    "pepper grinder",
    build_pepper_grinder,
    0.2,
    description="a pepper mill: a tall turned wooden grinder with a knob on top to grind pepper",
    synonyms=(
        "pepper mill",
        "peppermill",
        "salt grinder",
        "spice grinder",
        "spice mill",
    ),
    parts=("body", "foot", "band", "knob"),
    aliases={"finial": "knob", "nut": "knob", "ring": "band", "base": "foot"},
)
