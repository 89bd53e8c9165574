"""An excavator: a tracked base, a turning cab with a counterweight, a long boom, stick and
bucket.
"""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import crawler_track
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere
from meshforge.engines.text.kit.vehicles import GLASS

PAINTS: tuple[RGB, ...] = ((240, 185, 30), (240, 150, 30), (230, 230, 225), (60, 120, 60))
STEEL: RGB = (70, 72, 78)


def build_excavator(a: Assembly) -> None:
    """An excavator: a tracked base, a turning cab, a long boom, stick and bucket."""
    length = a.vary(4.2, 0.08)
    width = length * a.between(0.62, 0.7)
    track_h = length * 0.18
    track_w = width * 0.24
    paint = a.pick(PAINTS)
    for sx in (-1, 1):
        crawler_track(a, sx * (width / 2 - track_w / 2), length, track_h, track_w, 5)
    a.add(
        box((width - 2 * track_w + 0.1, length * 0.6, track_h * 0.6), (0, 0, track_h * 0.55)),
        "base",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        cylinder(width * 0.3, track_h * 0.3, 24, (0, 0, track_h * 0.8)), "base", STEEL, Tier.FIXED
    )
    deck_z = track_h * 1.05
    house_h = length * 0.22
    a.add(
        box((width * 0.95, length * 0.75, house_h), (0, length * 0.08, deck_z + house_h / 2)),
        "body",
        paint,
    )
    a.add(
        box(
            (width * 0.95, length * 0.2, house_h * 1.1), (0, length * 0.4, deck_z + house_h * 0.55)
        ),
        "counterweight",
        STEEL,
        Tier.SECONDARY,
    )
    cab_w = width * 0.4
    cab_x = -width * 0.27
    cab_h = length * 0.3
    a.add(
        box(
            (cab_w, length * 0.3, cab_h),
            (cab_x, -length * 0.12, deck_z + house_h + cab_h / 2 - 0.05),
        ),
        "cab",
        paint,
    )
    a.add(
        box(
            (cab_w * 0.85, length * 0.31, cab_h * 0.6),
            (cab_x, -length * 0.12, deck_z + house_h + cab_h * 0.55),
        ),
        "window",
        GLASS,
        Tier.FIXED,
    )
    a.add(
        box(
            (cab_w * 1.02, length * 0.2, cab_h * 0.6),
            (cab_x, -length * 0.12, deck_z + house_h + cab_h * 0.55),
        ),
        "window",
        GLASS,
        Tier.FIXED,
    )
    root = (width * 0.15, -length * 0.2, deck_z + house_h * 0.6)
    elbow = (width * 0.15, -length * 0.65, deck_z + house_h + length * a.between(0.45, 0.6))
    wrist = (width * 0.15, -length * a.between(0.95, 1.1), deck_z * 0.9)
    boom_r = length * 0.06
    a.add(
        Manifold.batch_hull([sphere(boom_r, 12, root), sphere(boom_r * 0.9, 12, elbow)]),
        "boom",
        paint,
    )
    a.add(
        Manifold.batch_hull([sphere(boom_r * 0.8, 12, elbow), sphere(boom_r * 0.6, 12, wrist)]),
        "boom",
        paint,
    )
    a.add(
        rod(
            (root[0], root[1], root[2] - 0.1),
            (
                (root[0] + elbow[0]) / 2,
                (root[1] + elbow[1]) / 2 - 0.2,
                (root[2] + elbow[2]) / 2 - 0.25,
            ),
            boom_r * 0.35,
            8,
        ),
        "boom",
        STEEL,
        Tier.FIXED,
    )
    bucket_w = width * 0.35
    bucket = Manifold.batch_hull(
        [
            box((bucket_w, 0.05, 0.05), wrist),
            box(
                (bucket_w, 0.05, 0.05),
                (wrist[0], wrist[1] - length * 0.12, wrist[2] - length * 0.08),
            ),
            box(
                (bucket_w, 0.05, 0.05),
                (wrist[0], wrist[1] + length * 0.04, wrist[2] - length * 0.14),
            ),
        ]
    )
    a.add(bucket, "bucket", STEEL, Tier.FIXED)
    for k in range(4):
        x = wrist[0] - bucket_w / 2 + bucket_w * (k + 0.5) / 4
        a.add(
            rod(
                (x, wrist[1] + length * 0.04, wrist[2] - length * 0.14),
                (x, wrist[1] + length * 0.02, wrist[2] - length * 0.2),
                0.04,
                6,
                0.01,
            ),
            "bucket",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "excavator",
    build_excavator,
    3.5,
    description="a tracked digging machine with a cab, a long arm and a toothed bucket",
    synonyms=(
        "digger",
        "excavators",
        "backhoe",
        "mechanical digger",
        "steam shovel",
        "power shovel",
    ),
    kinds=("jcb", "mini excavator", "construction digger"),
    parts=("base", "body", "counterweight", "cab", "window", "boom", "bucket", "track", "hubcap"),
    aliases={
        "arm": "boom",
        "shovel": "bucket",
        "scoop": "bucket",
        "tracks": "track",
        "treads": "track",
        "windows": "window",
    },
)
