"""A ladder: an A-frame stepladder with flat treads, or a straight ladder with round rungs."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.tools import HANDLE_WOODS

METALS: tuple[RGB, ...] = ((195, 200, 205), (190, 195, 200), (235, 185, 40))


def build_ladder(a: Assembly) -> None:
    """A ladder: an A-frame stepladder with flat treads, or a straight ladder with round rungs."""
    if a.mentions("step", "stepladder", "folding"):
        kind = "step"
    elif a.mentions("straight", "wooden", "wood", "extension", "leaning"):
        kind = "straight"
    else:
        kind = a.pick(("step", "straight"))
    wooden = a.mentions("wooden", "wood") or (kind == "straight" and a.chance(0.5))
    color = a.pick(HANDLE_WOODS if wooden else METALS)
    if kind == "straight":
        _straight(a, color)
    else:
        _stepladder(a, color)


def _straight(a: Assembly, color: RGB) -> None:
    """Two rails narrowing a little towards the top, joined by round rungs."""
    height = a.vary(2.4, 0.15)
    low, high = a.vary(0.24, 0.08), 0.2
    rail = 0.035
    for side in (-1, 1):
        a.add(box((rail, rail * 1.6, 0.01), (side * low, 0, 0.005)), "rail", color)
        beam = Manifold.batch_hull(
            [
                box((rail, rail * 1.6, 0.01), (side * low, 0, 0.005)),
                box((rail, rail * 1.6, 0.01), (side * high, 0, height - 0.005)),
            ]
        )
        a.add(beam, "rail", color)
    rungs = a.count("rung", max(4, round(height / 0.3)), 2, 16)
    for k in range(rungs):
        z = (k + 0.7) * height / (rungs + 0.2)
        half = low + (high - low) * z / height
        a.add(rod((-half, 0, z), (half, 0, z), 0.016, 12), "rung", color, Tier.SECONDARY)


def _stepladder(a: Assembly, color: RGB) -> None:
    """Front legs with treads, back legs hinged at a top cap, standing as an A."""
    height = a.vary(1.5, 0.15)
    half = a.vary(0.24, 0.08)
    splay_f, splay_b = height * 0.2, height * 0.25
    rail = 0.03
    for side in (-1, 1):
        for foot_y in (-splay_f, splay_b):
            leg = Manifold.batch_hull(
                [
                    box((rail, rail * 2, 0.01), (side * (half + 0.03), foot_y, 0.005)),
                    box(
                        (rail, rail * 2, 0.01), (side * half * 0.85, foot_y * 0.05, height - 0.005)
                    ),
                ]
            )
            a.add(leg, "rail", color)
            a.add(
                box((rail * 1.4, rail * 2.4, 0.04), (side * (half + 0.03), foot_y, 0.02)),
                "foot",
                BLACK,
                Tier.FIXED,
            )
    treads = a.count("step", max(3, round(height / 0.3)) - 1, 2, 8)
    for k in range(treads):
        z = (k + 1) * height / (treads + 1)
        frac = z / height
        y = -splay_f * (1 - frac) + 0.03
        w = 2 * (half + 0.03 - (0.03 + half * 0.15) * frac)
        a.add(box((w, 0.09, 0.022), (0, y, z)), "step", color, Tier.SECONDARY)
    top = box((2 * half * 0.95, 0.22, 0.06), (0, 0.02, height + 0.02))
    a.add(top, "top", a.pick((BLACK, (200, 40, 35), (240, 140, 30))), Tier.SECONDARY)


TEMPLATE = Template(
    "ladder",
    build_ladder,
    2.0,
    description="a climbing frame of two side rails joined by rungs or steps",
    synonyms=("stepladder", "step ladder", "extension ladder", "wooden ladder"),
    kinds=("library ladder", "painters ladder"),
    parts=("rail", "rung", "step", "foot", "top"),
    aliases={"side": "rail", "tread": "step", "cap": "top", "leg": "rail"},
)
