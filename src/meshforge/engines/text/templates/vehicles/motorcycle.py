"""A motorcycle: two wheels, a raked front fork, fuel tank, saddle, engine and exhaust."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, rounded_box
from meshforge.engines.text.kit.vehicles import FRAME_DARK, HEADLIGHT, HUB, PAINTS, TAILLIGHT

SEAT = (30, 28, 28)


def build_motorcycle(a: Assembly) -> None:
    """Two wheels, a raked front fork, fuel tank, saddle, engine and exhaust."""
    paint = a.pick(PAINTS)
    sport = a.mentions("sport", "racing", "superbike", "race") or (
        not a.mentions("chopper", "cruiser", "harley") and a.chance(0.4)
    )
    r, wheelbase = a.vary(0.32, 0.06), a.vary(1.45, 0.06)
    front, back = -wheelbase / 2, wheelbase / 2
    wheel(a, (0, front, r), r, 0.12, HUB, 0.5)
    wheel(a, (0, back, r), r, 0.16, HUB, 0.5)
    head = (0.0, front + 0.28, r + 0.62)
    for side in (-1, 1):
        a.add(
            rod((side * 0.08, front, r), (side * 0.08, head[1], head[2]), 0.025, 12),
            "fork",
            HUB,
            Tier.FIXED,
        )
    a.add(rod((-0.1, front, r), (0.1, front, r), 0.03, 8), "fork", HUB, Tier.FIXED)
    a.add(
        rod((-0.11, head[1], head[2]), (0.11, head[1], head[2]), 0.045, 12), "fork", HUB, Tier.FIXED
    )
    a.add(
        capsule((0, head[1], head[2]), (0, back - 0.05, r + 0.25), 0.05, 12),
        "frame",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(capsule((0, back, r), (0, 0.05, r + 0.15), 0.04, 12), "frame", FRAME_DARK, Tier.FIXED)
    engine = rounded_box((0.3, 0.45, 0.35), 0.06, a.segments(0.06), (0, -0.02, r + 0.12))
    a.add(engine, "engine", HUB, Tier.FIXED)
    tank = ellipsoid((0.17, 0.3, 0.13), a.segments(0.17), (0, -0.05, r + 0.52))
    a.add(tank, "tank", paint)
    seat_z = r + 0.47 if not sport else r + 0.52
    a.add(rounded_box((0.24, 0.5, 0.09), 0.04, 12, (0, 0.33, seat_z)), "seat", SEAT, Tier.FIXED)
    a.add(
        ellipsoid((0.12, 0.35, 0.05), 16, (0, back - 0.02, r + 0.34)).rotate((0, 0, 0)),
        "fender",
        paint,
    )
    if sport:
        fairing = ellipsoid((0.22, 0.4, 0.26), a.segments(0.22), (0, front + 0.45, r + 0.45))
        a.add(fairing, "fairing", paint)
        a.add(
            ellipsoid((0.14, 0.12, 0.1), 16, (0, front + 0.22, r + 0.66)),
            "windscreen",
            (60, 70, 90),
            Tier.FIXED,
        )
        a.add(box((0.2, 0.5, 0.2), (0, 0.55, r + 0.5)), "tail", paint)
    else:
        a.add(
            ellipsoid((0.09, 0.04, 0.09), 16, (0, head[1] - 0.06, head[2] - 0.08)),
            "headlight",
            HEADLIGHT,
            Tier.FIXED,
        )
        a.add(ellipsoid((0.12, 0.3, 0.05), 16, (0, front + 0.03, r + 0.3)), "fender", paint)
    bar_z = head[2] + 0.08
    a.add(
        rod((-0.36, head[1] + 0.08, bar_z), (0.36, head[1] + 0.08, bar_z), 0.02, 8),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        rod((0, head[1], head[2]), (0, head[1] + 0.08, bar_z), 0.03, 8),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(box((0.1, 0.05, 0.05), (0, back + 0.2, r + 0.36)), "taillight", TAILLIGHT, Tier.FIXED)
    if a.wants("exhaust"):
        pipe = rod((0.18, -0.1, r - 0.02), (0.18, back + 0.2, r + 0.12), 0.045, 12)
        a.add(pipe, "exhaust", (200, 200, 205), Tier.FIXED)
        a.add(
            rod((0.1, -0.1, r - 0.02), (0.19, -0.09, r - 0.02), 0.035, 8),
            "exhaust",
            (200, 200, 205),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "motorcycle",
    build_motorcycle,
    1.2,
    description="a two-wheeled motor vehicle with a fuel tank, saddle, handlebars and exhaust pipe",
    synonyms=("motorbike", "motor bike", "motor cycle", "dirt bike", "superbike", "harley"),
    kinds=(
        "sport bike",
        "cruiser bike",
        "chopper bike",
        "harley davidson",
        "ducati",
        "motocross bike",
    ),
    parts=(
        "wheel",
        "hubcap",
        "fork",
        "frame",
        "engine",
        "tank",
        "seat",
        "fender",
        "fairing",
        "windscreen",
        "tail",
        "headlight",
        "handlebar",
        "taillight",
        "exhaust",
    ),
    aliases={
        "tyre": "wheel",
        "tire": "wheel",
        "saddle": "seat",
        "body": "tank",
        "mudguard": "fender",
    },
)
