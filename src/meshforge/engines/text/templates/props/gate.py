"""A gate between two posts: a ledged wooden picket gate, a five-bar farm gate, or a pair of
wrought-iron gates with spear-topped bars between brick pillars."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere, union

WOODS: tuple[RGB, ...] = ((240, 240, 235), (150, 105, 65), (120, 85, 55), (95, 120, 90))
IRON: tuple[RGB, ...] = ((30, 30, 34), (40, 60, 45), (60, 62, 68))
PILLARS: tuple[RGB, ...] = ((165, 80, 60), (175, 170, 160), (150, 145, 135))
CAP: RGB = (200, 198, 190)


def build_gate(a: Assembly) -> None:
    """A wooden picket gate, a five-bar farm gate, or wrought-iron gates between pillars."""
    if a.mentions("iron", "metal", "wrought", "steel", "driveway", "manor", "cemetery"):
        _iron_gates(a)
    elif a.mentions("farm", "field", "bar", "ranch", "five") or a.chance(0.25):
        _farm_gate(a)
    else:
        _picket_gate(a)


def _posts(a: Assembly, span: float, height: float, color: RGB, side: float = 0.12) -> None:
    """Two square posts ``span`` apart (inner faces), each with a pointed cap."""
    for sx in (-1, 1):
        x = sx * (span / 2 + side / 2)
        a.add(box((side, side, height), (x, 0, height / 2)), "post", color, Tier.SECONDARY)
        cap = cylinder(side * 0.72, side * 0.5, 4, (0, 0, 0), 0.0).rotate((0, 0, 45))
        a.add(cap.translate((x, 0, height)), "post", color, Tier.SECONDARY)


def _picket_gate(a: Assembly) -> None:
    """A garden gate: pointed pickets on two rails, a diagonal brace, hung between posts."""
    width, height = a.vary(1.0, 0.1), a.vary(1.1, 0.1)
    color = a.pick(WOODS)
    _posts(a, width, height + 0.15, color)
    gap = 0.02
    leaf_w = width - 2 * gap
    for z in (height * 0.25, height * 0.72):
        a.add(box((width + 0.02, 0.03, 0.08), (0, 0.04, z)), "rail", color)
    # the brace runs from the low rail on the hinge side up to the high rail on the latch side
    rise, run = height * 0.47, leaf_w * 0.85
    brace = box((0.07, 0.03, math.hypot(rise, run)), (0, 0, 0))
    brace = brace.rotate((0, math.degrees(math.atan2(run, rise)), 0))
    a.add(brace.translate((0, 0.04, height * 0.485)), "rail", color)
    count = max(5, round(leaf_w / 0.12))
    pickets = []
    for k in range(count):
        x = -leaf_w / 2 + (k + 0.5) * leaf_w / count
        pickets.append(box((0.08, 0.02, height - 0.1), (x, 0.015, 0.05 + (height - 0.1) / 2)))
        tip = cylinder(0.057, 0.07, 4, (0, 0, 0), 0.0).rotate((0, 0, 45)).scale((1.0, 0.25, 1.0))
        pickets.append(tip.translate((x, 0.015, height - 0.05)))
    a.add(union(pickets), "picket", color)


def _farm_gate(a: Assembly) -> None:
    """A five-bar gate: horizontal bars, an upright at each end, a diagonal brace."""
    width, height = a.vary(3.0, 0.1), a.vary(1.15, 0.06)
    color = a.pick(WOODS[1:])
    _posts(a, width, height + 0.2, color, side=0.18)
    bars = [box((width - 0.04, 0.06, 0.1), (0, 0, 0.2 + k * (height - 0.3) / 4)) for k in range(5)]
    for sx in (-1, 1):
        bars.append(
            box(
                (0.12, 0.07, height - 0.05), (sx * (width / 2 - 0.05), 0, 0.1 + (height - 0.05) / 2)
            )
        )
    brace = rod((-width / 2 + 0.1, 0, 0.2), (width * 0.2, 0, height - 0.1), 0.05, 4)
    bars.append(brace)
    a.add(union(bars), "bar", color)


def _iron_gates(a: Assembly) -> None:
    """Two wrought-iron leaves of spear-topped bars, rising to the middle, between pillars."""
    width, height = a.vary(3.0, 0.1), a.vary(1.9, 0.1)
    iron, pillar = a.pick(IRON), a.pick(PILLARS)
    side = 0.45
    for sx in (-1, 1):
        x = sx * (width / 2 + side / 2)
        a.add(
            box((side, side, height + 0.4), (x, 0, (height + 0.4) / 2)),
            "post",
            pillar,
            Tier.SECONDARY,
        )
        a.add(box((side + 0.1, side + 0.1, 0.12), (x, 0, height + 0.46)), "cap", CAP, Tier.FIXED)
        a.add(sphere(0.14, 16, (x, 0, height + 0.62)), "cap", CAP, Tier.FIXED)
    bars = []
    count = max(10, round(width / 0.13))
    for k in range(count):
        x = -width / 2 + (k + 0.5) * width / count
        # the leaves rise towards the middle, where they meet
        top = height * (0.82 + 0.18 * (1 - abs(x) / (width / 2)) ** 0.5)
        bars.append(rod((x, 0, 0.08), (x, 0, top), 0.016, 8))
        bars.append(cylinder(0.035, 0.12, 4, (x, 0, top - 0.01), 0.0))
    for z in (0.12, height * 0.45, height * 0.78):
        bars.append(box((width + 0.02, 0.04, 0.05), (0, 0, z)))
    bars.append(box((0.04, 0.05, height * 0.9), (0, 0, height * 0.46)))
    a.add(union(bars), "bar", iron)


TEMPLATE = Template(
    "gate",
    build_gate,
    1.5,
    description="a garden gate hung between two posts, of wooden pickets or wrought iron bars",
    synonyms=("garden gate", "wooden gate", "iron gate", "farm gate", "picket gate"),
    kinds=(
        "wrought iron gate",
        "metal gate",
        "front gate",
        "driveway gate",
        "five bar gate",
        "field gate",
        "gates",
        "yard gate",
        "cemetery gate",
        "gateway",
    ),
    parts=("post", "cap", "rail", "picket", "bar"),
    aliases={
        "pillar": "post",
        "gatepost": "post",
        "bars": "bar",
        "plank": "picket",
        "brace": "rail",
    },
)
