"""A skateboard: a deck with kicked-up ends, grip tape, two trucks and four small wheels."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, SPORTY, side_plate
from meshforge.engines.text.kit.solids import box, rod

WHEELS: tuple[RGB, ...] = ((245, 240, 225), (245, 200, 40), (220, 60, 60), (60, 160, 220))


def build_skateboard(a: Assembly) -> None:
    """A skateboard: a deck with kicked-up ends, grip tape, two trucks and four small wheels."""
    length = a.vary(0.8, 0.05)
    width = a.vary(0.2, 0.06)
    long = a.mentions("longboard", "cruiser")
    if long:
        length *= 1.25
    wheel_r = 0.027 if not long else 0.035
    deck_z = wheel_r * 2 + 0.03
    half = length / 2
    kick = 0.0 if long else a.vary(0.045, 0.15)
    side = [
        (-half, deck_z + kick),
        (-half * 0.8, deck_z),
        (half * 0.8, deck_z),
        (half, deck_z + kick),
        (half, deck_z + kick + 0.012),
        (half * 0.8, deck_z + 0.012),
        (-half * 0.8, deck_z + 0.012),
        (-half, deck_z + kick + 0.012),
    ]
    profile = side_plate([(y, z) for y, z in side], width, round_r=0.004)
    # round the deck's ends in plan: intersect with a stadium seen from above
    stadium = Manifold.batch_hull(
        [
            rod((0, -half + width / 2, 0), (0, -half + width / 2, 1.0), width / 2, 32),
            rod((0, half - width / 2, 0), (0, half - width / 2, 1.0), width / 2, 32),
        ]
    )
    deck = profile ^ stadium
    a.add(deck, "deck", a.pick(SPORTY))
    tape = (
        side_plate(
            [(y, z + 0.009) for y, z in side[:4]]
            + [(y, z + 0.0145) for y, z in reversed(side[:4])],
            width * 0.96,
        )
        ^ stadium
    )
    a.add(tape, "grip tape", BLACK, Tier.FIXED)
    wheel_color = a.pick(WHEELS)
    for y in (-half * 0.62, half * 0.62):
        truck = Manifold.batch_hull(
            [
                box((0.05, 0.06, 0.008), (0, y, deck_z + 0.002)),
                box((0.03, 0.03, 0.01), (0, y, wheel_r + 0.006)),
            ]
        )
        a.add(truck, "truck", SILVER, Tier.FIXED)
        a.add(
            rod((-width * 0.48, y, wheel_r), (width * 0.48, y, wheel_r), 0.006, 12),
            "truck",
            SILVER,
            Tier.FIXED,
        )
        for sx in (-1, 1):
            wheel = rod(
                (sx * width * 0.34, y, wheel_r),
                (sx * width * 0.5, y, wheel_r),
                wheel_r,
                a.segments(wheel_r),
            )
            a.add(wheel, "wheel", wheel_color, Tier.SECONDARY)


TEMPLATE = Template(
    "skateboard",
    build_skateboard,
    0.12,
    description="a narrow board with kicked-up ends on four small wheels for riding",
    synonyms=("skate board", "longboard", "penny board", "cruiser board"),
    kinds=("street deck", "skate deck"),
    parts=("deck", "grip tape", "truck", "wheel"),
    aliases={"board": "deck", "tape": "grip tape", "axle": "truck"},
)
