"""A pyramid: a square stepped or smooth-sided stone pyramid, with an entrance on its face."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder

SANDSTONE: tuple[RGB, ...] = ((215, 185, 130), (200, 170, 120), (225, 200, 150), (170, 160, 145))
CAPSTONE: RGB = (235, 190, 70)
DOOR: RGB = (60, 45, 35)


def build_pyramid(a: Assembly) -> None:
    """A pyramid: a square stepped or smooth-sided stone pyramid, with an entrance on its face."""
    stone = a.pick(SANDSTONE)
    base, height = a.vary(40.0, 0.1), a.vary(26.0, 0.1)
    stepped = a.mentions("stepped", "mayan", "aztec", "ziggurat", "step") or a.chance(0.3)
    if stepped:
        tiers = a.pick((5, 6, 7))
        step = height / tiers
        for k in range(tiers):
            w = base * (1 - 0.8 * k / tiers)
            a.add(box((w, w, step * 1.02), (0, 0, step * (k + 0.5))), "stone", stone)
        a.add(
            box((base * 0.18, base * 0.14, step * 1.3), (0, 0, height + step * 0.6)),
            "temple",
            stone,
        )
        stair = box((base * 0.14, base * 0.55, height * 1.03)).rotate((-(90 - 55), 0, 0))
        a.add(stair.translate((0, -base * 0.3, height * 0.45)), "stairs", stone)
        return
    # a square cone: a four-sided frustum whose corners sit on the square's diagonal
    cone = cylinder(base / 2**0.5, height, 4, (0, 0, 0), 0.0).rotate((0, 0, 45))
    a.add(cone, "stone", stone)
    if a.wants("capstone"):
        cap_h = height * 0.08
        tip = cylinder(base / 2**0.5 * 0.085, cap_h * 1.05, 4, (0, 0, height - cap_h), 0.0).rotate(
            (0, 0, 45)
        )
        a.add(tip.scale((1.03, 1.03, 1.0)), "capstone", CAPSTONE, Tier.FIXED)
    if a.wants("entrance"):
        door = box((base * 0.05, base * 0.1, height * 0.07), (0, -base * 0.42, height * 0.16))
        a.add(door, "entrance", DOOR, Tier.FIXED)


TEMPLATE = Template(
    "pyramid",
    build_pyramid,
    26.0,
    description="an ancient egyptian stone pyramid with four sloping triangular sides",
    synonyms=(
        "egyptian pyramid",
        "great pyramid",
        "step pyramid",
        "ziggurat",
        "mayan pyramid",
        "aztec pyramid",
    ),
    kinds=("pyramid of giza", "mayan temple"),
    parts=("stone", "capstone", "temple", "stairs", "entrance"),
    aliases={
        "sides": "stone",
        "tip": "capstone",
        "top": "capstone",
        "door": "entrance",
        "steps": "stairs",
    },
)
