"""An air conditioner: a split unit's long white wall box with vents on top and a louvre below."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, LIGHT_GREEN, WHITE_GOODS
from meshforge.engines.text.kit.solids import box, rounded_box

VENT: RGB = (120, 122, 128)


def build_air_conditioner(a: Assembly) -> None:
    """An air conditioner: a split unit's long white wall box with vents on top and a louvre
    below."""
    width, depth, height = a.vary(0.85, 0.1), a.vary(0.22, 0.08), a.vary(0.29, 0.08)
    shell = a.pick(WHITE_GOODS)
    a.add(rounded_box((width, depth, height), 0.04, 16, (0, 0, height / 2)), "body", shell)
    # the rounded front panel, a shade off the shell
    panel = rounded_box((width * 0.98, 0.02, height * 0.62), 0.01, 8, (0, -depth / 2, height * 0.6))
    a.add(panel, "panel", shell, Tier.SECONDARY)
    # the air inlet grille across the top, the outlet slot and its louvre underneath
    for k in range(6):
        y = -depth * 0.35 + k * depth * 0.14
        a.add(box((width * 0.9, 0.012, 0.006), (0, y, height - 0.001)), "vent", VENT, Tier.FIXED)
    a.add(
        box((width * 0.86, depth * 0.35, 0.01), (0, -depth * 0.2, 0.004)),
        "vent",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    louvre = box((width * 0.84, 0.06, 0.008), (0, 0, 0)).rotate((-35, 0, 0))
    a.add(louvre.translate((0, -depth / 2 - 0.01, 0.03)), "louvre", shell, Tier.SECONDARY)
    if a.maybe("display", 0.8):
        x = width * 0.36
        a.add(
            box((0.06, 0.006, 0.02), (x, -depth / 2 - 0.011, height * 0.45)),
            "display",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        a.add(
            box((0.008, 0.006, 0.008), (x - 0.015, -depth / 2 - 0.013, height * 0.45)),
            "display",
            LIGHT_GREEN,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "air conditioner",
    build_air_conditioner,
    0.3,
    description="a long white air conditioning unit mounted high on a wall, blowing cool air",
    synonyms=(
        "air conditioning unit",
        "air conditioning",
        "aircon",
        "air con",
        "ac unit",
        "split air conditioner",
        "wall air conditioner",
        "air con unit",
        "aircon unit",
        "air conditioners",
    ),
    parts=("body", "panel", "vent", "louvre", "display"),
    aliases={"louver": "louvre", "flap": "louvre", "grille": "vent", "casing": "body"},
)
