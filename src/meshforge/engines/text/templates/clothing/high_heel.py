"""A high-heeled shoe: a low-cut pump on a sole that climbs to a tall, thin stiletto heel."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, side_plate
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, subtract

SHOES: tuple[RGB, ...] = (
    (200, 25, 35),
    (28, 28, 31),
    (235, 205, 180),
    (240, 240, 238),
    (200, 170, 60),
    (60, 90, 170),
)


def build_high_heel(a: Assembly) -> None:
    """A high-heeled shoe: a low-cut pump on a sole that climbs to a tall, thin stiletto heel."""
    length, lift = a.vary(0.24, 0.05), a.vary(0.09, 0.15)
    width = length * 0.32
    color = a.pick(SHOES)
    half = length / 2
    # toe towards -Y (the front); the sole seen from the side, as (y, z), flat under the ball of
    # the foot and rising in an S to the heel seat
    sole = [
        (-half, 0.0),
        (-half * 0.15, 0.0),
        (half * 0.3, lift * 0.55),
        (half, lift),
        (half, lift + 0.008),
        (half * 0.3, lift * 0.55 + 0.008),
        (-half * 0.15, 0.008),
        (-half, 0.008),
    ]
    a.add(side_plate(sole, width * 0.8, 0.0, round_r=0.002), "sole", BLACK, Tier.SECONDARY)
    seg = max(16, a.segments(width) // 2)
    toe = ellipsoid((width * 0.45, length * 0.2, length * 0.1), seg, (0, -half * 0.62, 0.01))
    vamp = ellipsoid(
        (width * 0.48, length * 0.2, length * 0.11), seg, (0, -half * 0.1, 0.02 + lift * 0.2)
    )
    heel_cup = ellipsoid(
        (width * 0.42, length * 0.12, length * 0.16), seg, (0, half * 0.78, lift + 0.01)
    )
    shell = Manifold.batch_hull([toe, vamp, heel_cup])
    # trim below the sole line and scoop out the foot opening: a low-cut pump
    opening = ellipsoid(
        (width * 0.36, length * 0.34, length * 0.2),
        seg,
        (0, half * 0.3, lift * 0.75 + length * 0.18),
    )
    upper = subtract(shell, opening)
    ground = box((width * 2, length * 2, 0.02), (0, 0, -0.01 + 0.004))
    a.add(subtract(upper, ground), "upper", color)
    if a.wants("heel"):
        seat = (0.0, half * 0.86, lift + 0.004)
        a.add(
            rod((0.0, half * 0.9, 0.0), seat, a.vary(0.006, 0.2), 12, 0.016),
            "heel",
            color,
            Tier.SECONDARY,
        )
    if a.maybe("strap", 0.25, "strappy", "sandal"):
        a.add(
            box((width * 0.95, 0.012, 0.01), (0, half * 0.25, lift * 0.6 + length * 0.12)),
            "strap",
            color,
        )


TEMPLATE = Template(
    "high heel",
    build_high_heel,
    0.12,
    description="a woman's high-heeled shoe with a thin stiletto heel",
    synonyms=(
        "high heels",
        "high-heeled shoe",
        "high heeled shoe",
        "stiletto heel",
        "stiletto heels",
        "heels",
    ),
    kinds=("court shoe", "kitten heel", "high heel shoe", "high heel shoes", "stilettos", "pumps"),
    parts=("upper", "sole", "heel", "strap"),
    aliases={"shoe": "upper", "body": "upper"},
)
