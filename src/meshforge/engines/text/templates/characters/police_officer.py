"""A police officer: navy uniform, peaked cap with a badge, a belt with radio and a star badge."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.gear import BLACK, GOLD, SILVER
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rounded_box

NAVY: tuple[RGB, ...] = ((30, 40, 75), (25, 30, 50), (45, 60, 100))
SHIRT_BLUE: RGB = (150, 180, 220)


def build_police_officer(a: Assembly) -> None:
    """A police officer: navy uniform, peaked cap with a badge, a belt with a radio, a badge."""
    uniform = a.pick(NAVY)
    f = build_figure(
        a,
        Outfit(
            top=uniform,
            bottom=uniform,
            shoes=BLACK,
            hair=HAIRS,
            pose=a.pick(("down", "hold")),
            girth=a.vary(1.05, 0.06),
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    belt(a, f, BLACK, SILVER, 1.05)
    a.add(
        rounded_box(
            (0.06 * s, 0.05 * s, 0.1 * s), 0.01 * s, 8, (0.17 * s, -0.08 * s, f.waist_z - 0.02 * s)
        ),
        "radio",
        BLACK,
        Tier.FIXED,
    )
    a.add(
        box((0.1 * s, 0.02 * s, 0.12 * s), (0, f.chest_y, f.shoulder_z - 0.06 * s)),
        "collar",
        SHIRT_BLUE,
        Tier.FIXED,
    )
    a.add(
        ellipsoid(
            (0.03 * s, 0.012 * s, 0.035 * s),
            10,
            (0.1 * s, f.chest_y - 0.004 * s, f.shoulder_z - 0.12 * s),
        ),
        "badge",
        GOLD,
        Tier.FIXED,
    )
    if a.wants("cap"):
        base = hz + r * 0.35
        a.add(
            cylinder(r * 1.02, r * 0.45, a.segments(r), (hx, hy, base)), "cap", uniform, Tier.FIXED
        )
        a.add(
            cylinder(
                r * 1.02, r * 0.2, a.segments(r), (hx, hy + r * 0.1, base + r * 0.4), r * 1.25
            ),
            "cap",
            uniform,
            Tier.FIXED,
        )
        a.add(
            ellipsoid((r * 0.8, r * 0.55, r * 0.07), 16, (hx, hy - r * 0.95, base + r * 0.05)),
            "visor",
            BLACK,
            Tier.FIXED,
        )
        a.add(
            ellipsoid((r * 0.18, r * 0.05, r * 0.18), 10, (hx, hy - r * 1.02, base + r * 0.28)),
            "badge",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "police officer",
    build_police_officer,
    1.9,
    description="a police officer in a dark blue uniform and peaked cap with a badge",
    synonyms=(
        "policeman",
        "policewoman",
        "cop",
        "constable",
        "police man",
        "police woman",
    ),
    kinds=("bobby", "patrolman", "detective", "security guard"),
    parts=(*FIGURE_PARTS, "cap", "visor", "badge", "belt", "buckle", "radio", "collar"),
    aliases={**FIGURE_ALIASES, "hat": "cap"},
)
