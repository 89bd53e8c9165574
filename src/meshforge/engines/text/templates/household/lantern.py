"""A lantern: a hurricane lantern (fuel tank, glass globe in a wire guard) or a square one."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, box, cylinder, lathe, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

#: black iron, red and green enamel, brass, tin
LANTERN_METALS: tuple[RGB, ...] = (
    (40, 40, 44),
    (170, 35, 30),
    (45, 95, 60),
    (190, 160, 80),
    (160, 165, 170),
)
#: clear glass, and glass lit warm by the flame inside
GLASSES: tuple[RGB, ...] = ((255, 215, 130), (255, 228, 160), (215, 232, 238))


def build_lantern(a: Assembly) -> None:
    """A lantern: a hurricane lantern (fuel tank, glass globe in a wire guard) or a square one."""
    metal = a.pick(LANTERN_METALS)
    glass = a.pick(GLASSES)
    square = a.mentions("square", "carriage", "candle") or (
        not a.mentions("hurricane", "oil", "kerosene", "paraffin", "camping") and a.chance(0.35)
    )
    top = _square_lantern(a, metal, glass) if square else _hurricane_lantern(a, metal, glass)
    if a.wants("handle"):  # the bail: a wire hoop standing over the top
        reach = a.vary(0.055, 0.1)
        bail = arc_tube((0, 0, top), reach, 0.0035, 32, 0.0, 180.0)
        a.add(bail, "handle", metal, Tier.FIXED)
        for sx in (-1, 1):  # the bail's ears, hooked into the top
            ear = rod((sx * reach, 0, top + 0.002), (sx * 0.006, 0, top - 0.012), 0.0035, 8)
            a.add(ear, "handle", metal, Tier.FIXED)


def _hurricane_lantern(a: Assembly, metal: RGB, glass: RGB) -> float:
    """A round fuel tank, a bulging glass globe in a guard and a vented cap; returns its top."""
    tank_r, tank_h = a.vary(0.075, 0.1), a.vary(0.05, 0.15)
    tank = [
        (0.0, 0.0),
        (tank_r * 0.9, 0.0),
        (tank_r, tank_h * 0.4),
        (tank_r * 0.8, tank_h),
        (0.0, tank_h),
    ]
    a.add(lathe(tank, a.segments(tank_r)), "base", metal)
    globe_r, globe_h = tank_r * a.between(0.7, 0.85), a.vary(0.13, 0.1)
    collar = tank_r * 0.5
    globe = [
        (0.0, tank_h - 0.005),
        (collar, tank_h - 0.005),
        (globe_r, tank_h + globe_h * 0.45),
        (collar * 0.9, tank_h + globe_h),
        (0.0, tank_h + globe_h),
    ]
    a.add(lathe(globe, a.segments(globe_r)), "glass", glass, Tier.SECONDARY)
    guard_top = tank_h + globe_h
    for k in range(4):  # the guard: wires from the tank's rim bowed out round the globe
        angle = math.pi / 4 + k * math.pi / 2
        ring = [
            (r * math.cos(angle), r * math.sin(angle), z)
            for r, z in (
                (tank_r * 0.85, tank_h * 0.8),
                (globe_r + 0.008, tank_h + globe_h * 0.45),
                (collar * 1.05, guard_top),
            )
        ]
        a.add(
            union([rod(ring[0], ring[1], 0.003, 6), rod(ring[1], ring[2], 0.003, 6)]),
            "guard",
            metal,
            Tier.FIXED,
        )
        a.add(sphere(0.0034, 6, ring[1]), "guard", metal, Tier.FIXED)
    a.add(
        hoop(globe_r + 0.008, 0.003, min(32, a.segments(globe_r)), (0, 0, tank_h + globe_h * 0.45)),
        "guard",
        metal,
        Tier.FIXED,
    )
    cap_r = collar * 1.25
    cap = cylinder(cap_r, globe_h * 0.3, a.segments(cap_r), (0, 0, guard_top - 0.004), cap_r * 0.45)
    a.add(cap, "cap", metal)
    chimney = guard_top + globe_h * 0.3 - 0.006
    a.add(cylinder(cap_r * 0.45, 0.02, 12, (0, 0, chimney)), "cap", metal)
    return chimney + 0.02


def _square_lantern(a: Assembly, metal: RGB, glass: RGB) -> float:
    """Four glass panes between corner posts, on a base plate under a pyramid roof."""
    side, height = a.vary(0.11, 0.12), a.vary(0.17, 0.12)
    base_h = 0.02
    a.add(box((side + 0.02, side + 0.02, base_h), (0, 0, base_h / 2)), "base", metal)
    a.add(
        box((side - 0.006, side - 0.006, height), (0, 0, base_h + height / 2)),
        "glass",
        glass,
        Tier.SECONDARY,
    )
    half = side / 2
    for sx in (-1, 1):
        for sy in (-1, 1):
            post = box((0.01, 0.01, height + 0.004), (sx * half, sy * half, base_h + height / 2))
            a.add(post, "guard", metal, Tier.FIXED)
    top = base_h + height
    a.add(box((side + 0.016, side + 0.016, 0.012), (0, 0, top + 0.004)), "cap", metal)
    roof_r = (side + 0.02) * math.sqrt(0.5)
    roof = cylinder(roof_r, side * 0.45, 4, (0, 0, top + 0.008), roof_r * 0.2).rotate((0, 0, 45))
    a.add(roof, "cap", metal)
    return top + 0.008 + side * 0.45


TEMPLATE = Template(
    "lantern",
    build_lantern,
    0.3,
    description="a portable lantern with a flame behind glass and a wire handle to carry it",
    synonyms=(
        "oil lantern",
        "hurricane lamp",
        "hurricane lantern",
        "kerosene lamp",
        "kerosene lantern",
        "paraffin lamp",
        "storm lantern",
        "camping lantern",
        "candle lantern",
        "railway lantern",
    ),
    not_claimed=("jack o lantern",),
    parts=("base", "glass", "guard", "cap", "handle"),
    aliases={"globe": "glass", "tank": "base", "bail": "handle", "roof": "cap", "cage": "guard"},
    priority=1,
)
