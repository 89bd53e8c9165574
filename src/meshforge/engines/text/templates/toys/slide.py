"""A playground slide: a ladder up to a small platform with rails, and a chute curving down."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, side_prism
from meshforge.engines.text.kit.tools import PLASTICS, STEEL

CHUTES: tuple[RGB, ...] = (*PLASTICS, STEEL)


def build_slide(a: Assembly) -> None:
    """A playground slide: a ladder up to a small platform with rails, and a chute curving down."""
    deck_h, width = a.vary(1.5, 0.15), a.vary(0.5, 0.08)
    run = deck_h * a.between(1.5, 1.9)
    frame = a.pick(((40, 110, 190), (50, 150, 70), (230, 180, 30), (60, 62, 68)))
    chute = a.pick(CHUTES)
    half = width / 2
    # the ladder rises at the back (+Y), the platform above it, the chute running forward (-Y)
    deck_y = 0.0
    a.add(
        box((width + 0.08, 0.4, 0.05), (0, deck_y + 0.2, deck_h)), "platform", frame, Tier.SECONDARY
    )
    for x in (-half - 0.02, half + 0.02):
        a.add(
            rod((x, 0.55, 0.0), (x, 0.05, deck_h + 0.6), 0.025, 10), "ladder", frame, Tier.SECONDARY
        )
        a.add(
            rod((x, 0.05, deck_h), (x, 0.0, deck_h + 0.6), 0.02, 10),
            "ladder",
            frame,
            Tier.SECONDARY,
        )
        a.add(
            rod((x, 0.0, deck_h + 0.6), (x, -0.25, deck_h + 0.2), 0.02, 10),
            "ladder",
            frame,
            Tier.SECONDARY,
        )
        a.add(rod((x, 0.0, 0.0), (x, 0.0, deck_h), 0.025, 10), "ladder", frame, Tier.SECONDARY)
    rungs = max(4, round(deck_h / 0.28))
    for k in range(1, rungs):
        t = k / rungs
        a.add(
            rod(
                (-half - 0.02, 0.55 - 0.5 * t * deck_h / (deck_h + 0.6), deck_h * t),
                (half + 0.02, 0.55 - 0.5 * t * deck_h / (deck_h + 0.6), deck_h * t),
                0.018,
                8,
            ),
            "ladder",
            frame,
            Tier.SECONDARY,
        )
    # the chute, seen from the side: a steep start easing into a flat run-out near the ground
    bed = [
        (0.08, deck_h + 0.02),
        (-run * 0.2, deck_h * 0.78),
        (-run * 0.6, deck_h * 0.3),
        (-run * 0.9, 0.22),
        (-run, 0.2),
        (-run, 0.16),
        (-run * 0.9, 0.17),
        (-run * 0.6, deck_h * 0.3 - 0.05),
        (-run * 0.2, deck_h * 0.78 - 0.05),
        (0.08, deck_h - 0.03),
    ]
    a.add(side_prism(bed, width), "chute", chute)
    for x in (-half, half):  # the raised side walls
        wall = [(y, z + 0.12) for y, z in bed[:5]] + [(y, z + 0.05) for y, z in bed[5:]]
        a.add(side_prism(wall, 0.03, x), "chute", chute)
    a.add(
        rod((0, -run * 0.95, 0.0), (0, -run * 0.95, 0.2), 0.03, 10).translate((-half * 0.7, 0, 0)),
        "ladder",
        frame,
    )
    a.add(
        rod((0, -run * 0.95, 0.0), (0, -run * 0.95, 0.2), 0.03, 10).translate((half * 0.7, 0, 0)),
        "ladder",
        frame,
    )


TEMPLATE = Template(
    "slide",
    build_slide,
    2.0,
    description="a playground slide with a ladder up to a chute that children slide down",
    synonyms=(
        "playground slide",
        "children's slide",
        "kids slide",
        "garden slide",
        "sliding board",
    ),
    not_claimed=("slide rule", "slide projector", "slide trombone", "slide sandal"),
    parts=("platform", "ladder", "chute"),
    aliases={"steps": "ladder", "frame": "ladder", "slope": "chute", "deck": "platform"},
)
