"""A walkie-talkie: an upright handset, a stubby aerial, a top knob, grille and screen."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN_GLOW, cased_box, front_panel
from meshforge.engines.text.kit.solids import box, capsule, cylinder

CASES = ((35, 35, 38), (245, 190, 30), (235, 110, 30), (70, 85, 55), (40, 90, 190))
GRILLE = (25, 25, 28)


def build_walkie_talkie(a: Assembly) -> None:
    """A walkie-talkie: an upright handset, a stubby aerial, a top knob, grille and screen."""
    width, depth, height = a.vary(0.06, 0.08), a.vary(0.035, 0.08), a.vary(0.13, 0.1)
    case = a.pick(CASES)
    cased_box(a, (width, depth, height), 0.008, "case", case)
    front = -depth / 2
    # the speaker grille: horizontal slots across the lower front
    for k in range(a.pick((5, 6, 7))):
        z = height * 0.12 + k * height * 0.055
        front_panel(a, width * 0.7, height * 0.025, (0, z), front, "grille", GRILLE, radius=0.002)
    if a.maybe("screen", 0.8, "display"):
        front_panel(a, width * 0.6, height * 0.16, (0, height * 0.66), front, "screen", SCREEN_GLOW)
    a.add(
        box((width * 0.7, 0.004, height * 0.06), (0, front - 0.001, height * 0.86)),
        "button",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    # on top: the rubber aerial at one corner, a channel knob beside it
    aerial_x = -width * 0.28
    aerial_h = a.vary(0.08, 0.25)
    a.add(
        cylinder(0.009, 0.02, 16, (aerial_x, 0, height - 0.002)),
        "antenna",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        capsule((aerial_x, 0, height + 0.015), (aerial_x, 0, height + aerial_h), 0.0055, 12),
        "antenna",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.008, 0.014, 16, (width * 0.2, 0, height - 0.002)),
        "knob",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    # the push-to-talk key on the left side
    a.add(
        box((0.006, depth * 0.5, height * 0.22), (-width / 2 - 0.001, 0, height * 0.62)),
        "button",
        BLACK_PLASTIC,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "walkie talkie",
    build_walkie_talkie,
    0.2,
    description="a handheld two-way radio with a short aerial, pressed to talk",
    synonyms=(
        "walkie-talkie",
        "walky talky",
        "two-way radio",
        "two way radio",
        "handheld radio",
        "handie talkie",
        "ham radio handset",
    ),
    parts=("case", "grille", "screen", "button", "antenna", "knob"),
    aliases={
        "body": "case",
        "speaker": "grille",
        "display": "screen",
        "aerial": "antenna",
        "buttons": "button",
        "key": "button",
    },
)
