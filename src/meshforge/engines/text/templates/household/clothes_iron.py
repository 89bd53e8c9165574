"""A clothes iron: a pointed steel soleplate under a smooth body with a looped handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, front_knob
from meshforge.engines.text.kit.solids import prism, rod
from meshforge.engines.text.kit.sweeps import tube

BODIES: tuple[RGB, ...] = (
    (90, 150, 220),
    (230, 80, 120),
    (120, 90, 190),
    (240, 240, 240),
    (60, 170, 170),
)
PLATE: RGB = (205, 208, 214)


def _sole(length: float, width: float, shrink: float = 1.0) -> list[tuple[float, float]]:
    """The iron's footprint: square heel at -X, pointed nose at +X."""
    points = []
    for k in range(13):
        t = k / 12
        x = -length / 2 + length * t
        half = width / 2 * (1 - t**2.2) ** 0.7 if t < 1 else 0.0
        points.append((x * shrink, max(half, 0.002) * shrink))
    return points + [(x, -y) for x, y in reversed(points)]


def build_iron(a: Assembly) -> None:
    """A clothes iron: a pointed steel soleplate under a smooth body with a looped handle."""
    length, width, height = a.vary(0.26, 0.06), a.vary(0.11, 0.06), a.vary(0.14, 0.08)
    a.add(prism(_sole(length, width), 0.012), "soleplate", PLATE, Tier.FIXED)
    low = prism(_sole(length * 0.98, width * 0.98), 0.005, (0, 0, 0.011))
    high = prism(_sole(length * 0.6, width * 0.7), 0.005, (-length * 0.12, 0, height * 0.42))
    color = a.pick(BODIES)
    a.add(Manifold.batch_hull([low, high]), "body", color)
    if a.wants("handle"):
        rear, fore = -length * 0.38, length * 0.25
        top = height
        grip = tube(
            [
                (rear, 0, height * 0.35),
                (rear + 0.01, 0, top),
                (fore, 0, top),
                (fore + 0.015, 0, height * 0.3),
            ],
            0.013,
            a.segments(0.02),
        )
        a.add(grip, "handle", color)
        front_knob(a, 0.012, 0.01, 0.0, height * 0.35, 0.0, BLACK_PLASTIC, "dial")
    if a.wants("cord"):
        a.add(
            rod(
                (-length * 0.38, 0, height * 0.25), (-length / 2 - 0.05, 0, height * 0.22), 0.005, 8
            ),
            "cord",
            BLACK_PLASTIC,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "clothes iron",
    build_iron,
    0.15,
    description="a clothes iron: a pointed hot metal plate under a body with a handle",
    synonyms=("iron", "steam iron", "electric iron", "ironing iron"),
    kinds=("travel iron", "cordless iron", "steam generator iron"),
    # "iron" alone is this appliance; these irons are other tools (hair, kitchen, workshop)
    not_claimed=(
        "curling iron",
        "hair iron",
        "branding iron",
        "tire iron",
        "tyre iron",
        "waffle iron",
        "iron golem",
        "iron maiden",
        "pumping iron",
    ),
    parts=("soleplate", "body", "handle", "dial", "cord"),
    aliases={"plate": "soleplate", "knob": "dial", "cable": "cord"},
)
