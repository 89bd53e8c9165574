"""A motor scooter (Vespa style): a step-through body, a front shield, a seat, two small wheels."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, side_plate
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rod, rounded_box
from meshforge.engines.text.kit.vehicles import HEADLIGHT

PAINTS: tuple[RGB, ...] = (
    (150, 205, 195),
    (200, 35, 40),
    (245, 235, 215),
    (250, 200, 40),
    (60, 110, 170),
    (235, 235, 235),
)


def build_scooter(a: Assembly) -> None:
    """A motor scooter: a step-through body, a front shield, a seat and two small wheels."""
    if a.mentions("kick", "push", "razor"):
        _kick_scooter(a)
        return
    paint = a.pick(PAINTS)
    wheel_r, length = 0.2, a.vary(1.7, 0.05)
    front_y, back_y = -length / 2 + wheel_r + 0.05, length / 2 - wheel_r - 0.1
    # the rear body: a rounded pod over the back wheel
    pod = ellipsoid((0.28, 0.42, 0.26), a.segments(0.3), (0, back_y - 0.05, 0.5))
    a.add(pod, "body", paint)
    floor = rounded_box(
        (0.34, back_y - front_y, 0.08), 0.03, 8, (0, (front_y + back_y) / 2 - 0.1, 0.3)
    )
    a.add(floor, "floor", BLACK, Tier.FIXED)
    # the leg shield rises from the floorboard to the handlebars, seen from the side as a slope
    shield = side_plate(
        [
            (front_y - 0.02, 0.28),
            (front_y + 0.18, 0.28),
            (front_y + 0.08, 1.0),
            (front_y - 0.08, 1.0),
        ],
        0.42,
        0.0,
        round_r=0.03,
    )
    a.add(shield, "body", paint)
    a.add(
        rod((0, front_y - 0.02, wheel_r), (0, front_y - 0.06, 1.1), 0.03, 12),
        "fork",
        SILVER,
        Tier.FIXED,
    )
    a.add(
        capsule((-0.32, front_y - 0.07, 1.12), (0.32, front_y - 0.07, 1.12), 0.022, 12),
        "handlebar",
        SILVER,
        Tier.FIXED,
    )
    a.add(
        ellipsoid((0.1, 0.08, 0.08), 16, (0, front_y - 0.1, 1.05)),
        "headlight",
        HEADLIGHT,
        Tier.FIXED,
    )
    a.add(
        Manifold.hull(ellipsoid((0.16, 0.3, 0.05), 16, (0, back_y - 0.15, 0.8))),
        "seat",
        a.pick(((80, 50, 30), BLACK, (150, 100, 60))),
        Tier.SECONDARY,
    )
    a.add(ellipsoid((0.15, 0.2, 0.16), 16, (0, front_y, wheel_r + 0.08)), "mudguard", paint)
    wheel(a, (0, front_y, wheel_r), wheel_r, 0.11)
    wheel(a, (0, back_y, wheel_r), wheel_r, 0.12)


def _kick_scooter(a: Assembly) -> None:
    """A kick scooter: a low deck on two little wheels and a tall T-bar."""
    paint = a.pick(PAINTS)
    wheel_r, length = 0.06, a.vary(0.75, 0.05)
    a.add(rounded_box((0.12, length, 0.03), 0.01, 8, (0, 0.02, wheel_r + 0.02)), "deck", paint)
    front_y = -length / 2 - 0.02
    a.add(
        rod((0, front_y, wheel_r), (0, front_y - 0.06, 0.9), 0.02, 12), "fork", SILVER, Tier.FIXED
    )
    a.add(
        capsule((-0.22, front_y - 0.06, 0.9), (0.22, front_y - 0.06, 0.9), 0.018, 12),
        "handlebar",
        BLACK,
        Tier.FIXED,
    )
    wheel(a, (0, front_y, wheel_r), wheel_r, 0.03)
    wheel(a, (0, length / 2 + 0.02, wheel_r), wheel_r, 0.03)
    a.add(
        rod((0, length / 2 - 0.05, wheel_r + 0.03), (0, length / 2 + 0.02, wheel_r), 0.02, 8),
        "deck",
        paint,
    )


TEMPLATE = Template(
    "scooter",
    build_scooter,
    1.1,
    description="a small motor scooter like a vespa with a step-through floor and a seat",
    synonyms=(
        "vespa",
        "moped",
        "motor scooter",
        "kick scooter",
        "razor scooter",
        "e-scooter",
        "electric scooter",
    ),
    kinds=("lambretta", "mobility scooter"),
    parts=(
        "body",
        "floor",
        "deck",
        "fork",
        "handlebar",
        "headlight",
        "seat",
        "mudguard",
        "wheel",
        "hubcap",
    ),
    aliases={
        "handlebars": "handlebar",
        "tyre": "wheel",
        "tire": "wheel",
        "shield": "body",
        "fender": "mudguard",
    },
)
