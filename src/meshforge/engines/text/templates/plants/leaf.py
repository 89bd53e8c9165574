"""A leaf: one flat tree leaf (plain, oak or maple) with its stalk, midrib and veins, gently
curled, in summer green or autumn colours."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import prism, rod

GREENS: tuple[RGB, ...] = ((70, 140, 50), (95, 160, 60), (55, 120, 45))
AUTUMN: tuple[RGB, ...] = ((205, 60, 30), (230, 140, 30), (220, 180, 40), (150, 80, 40))
#: how many points go round a leaf's outline: smooth edges, still a cheap prism
_OUTLINE = 72


def leaf_outline(shape: str, length: float, width: float) -> list[tuple[float, float]]:
    """The leaf's outline in XY, its stalk end at the origin and its tip along +Y."""
    points = []
    for k in range(_OUTLINE):
        turn = 2 * math.pi * k / _OUTLINE
        if shape == "maple":
            # five pointed lobes fanned round the top, a notch where the stalk joins
            lobes = abs(math.cos(2.5 * (turn - math.pi / 2))) ** 2.5
            reach = length * 0.5 * (0.42 + 0.58 * lobes)
            points.append((reach * math.cos(turn), length * 0.45 + reach * math.sin(turn)))
            continue
        u = k / _OUTLINE  # 0..1 up the right edge and back down the left
        along = 2 * u if u < 0.5 else 2 - 2 * u
        side = 1 if u < 0.5 else -1
        half = width / 2 * math.sin(math.pi * along) ** 0.8 * (1.15 - 0.3 * along)
        if shape == "oak":
            half *= 0.8 + 0.3 * abs(math.sin(along * math.pi * 4.5))
        points.append((side * half, length * along))
    return points


def build_leaf(a: Assembly) -> None:
    """One flat leaf with its stalk, midrib and veins, gently curled."""
    shape = a.pick(("plain", "plain", "oak", "maple"))
    if a.mentions("maple", "canadian"):
        shape = "maple"
    elif a.mentions("oak"):
        shape = "oak"
    autumn = a.mentions("autumn", "fall", "dry", "dead", "fallen") or a.chance(0.3)
    color = a.color("leaf", AUTUMN if autumn else GREENS)
    length = a.vary(0.14 if shape == "maple" else 0.12, 0.15)
    width = length * a.between(0.45, 0.6)
    thick = 0.003
    blade = prism(leaf_outline(shape, length, width), thick, (0, 0, 0))
    curl = a.between(2.0, 4.0)  # how far the sides lift, per metre squared

    def curled(vertices: np.ndarray) -> np.ndarray:
        bent = vertices.copy()
        bent[:, 2] += curl * vertices[:, 0] ** 2 + 0.8 * (vertices[:, 1] - length / 2) ** 2
        return bent

    a.add(blade.refine(2).warp_batch(curled).translate((0, -length / 2, thick)), "leaf", color)
    # veins a shade darker than the blade they run through
    darker: RGB = (int(color[0] * 0.75), int(color[1] * 0.75), int(color[2] * 0.75))
    vein_color = a.color("vein", darker, Tier.FIXED)

    def on_blade(x: float, y: float) -> tuple[float, float, float]:
        return (x, y - length / 2, thick * 2 + curl * x**2 + 0.8 * (y - length / 2) ** 2)

    a.add(
        rod(on_blade(0, -length * 0.22), on_blade(0, length * 0.85), 0.0022, 8, 0.001),
        "vein",
        vein_color,
    )
    for k in range(1, 4):
        y = length * (0.15 + 0.2 * k)
        for side in (-1, 1):
            reach = width * (0.32 - 0.05 * k) * side
            a.add(
                rod(on_blade(0, y), on_blade(reach, y + abs(reach) * 0.8), 0.0012, 6),
                "vein",
                vein_color,
            )


TEMPLATE = Template(
    "leaf",
    build_leaf,
    0.03,
    description="a single flat green tree leaf with a stalk and veins, like an oak or maple leaf",
    synonyms=(
        "leaves",
        "tree leaf",
        "maple leaf",
        "oak leaf",
        "autumn leaf",
        "fall leaf",
        "green leaf",
    ),
    kinds=("fallen leaf", "dry leaf"),
    not_claimed=("tea leaf", "leaf blower", "four leaf clover", "gold leaf"),
    parts=("leaf", "vein"),
    aliases={"blade": "leaf", "veins": "vein", "stem": "vein", "stalk": "vein", "midrib": "vein"},
)
