"""Coral: a branching staghorn on a rock, a round grooved brain coral, or a flat sea fan."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, box, capsule, dome, ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import hoop, tube

CORALS: tuple[RGB, ...] = (
    (240, 120, 110),
    (245, 160, 90),
    (225, 90, 140),
    (170, 110, 200),
    (245, 205, 120),
)
ROCK: RGB = (120, 112, 100)


def build_coral(a: Assembly) -> None:
    """Coral on a rock: branching (the default), a brain coral dome or a fan."""
    size = a.vary(0.3, 0.1)
    color = a.color("coral", CORALS)
    if a.wants("rock"):
        rock = ellipsoid(
            (size * 0.4, size * 0.33, size * 0.12), a.segments(size * 0.3), (0, 0, size * 0.04)
        )
        a.add(rock, "rock", ROCK, Tier.FIXED)
    base = size * 0.12
    if a.mentions("brain"):
        _brain(a, size, base, color)
    elif a.mentions("fan", "gorgonian", "sea fan"):
        _fan(a, size, base, color)
    else:
        kind = a.pick(("branching", "branching", "branching", "brain"))
        (_branching if kind == "branching" else _brain)(a, size, base, color)


def _branching(a: Assembly, size: float, base: float, color: RGB) -> None:
    """Staghorn coral: thick stems forking upward into rounded tips."""
    stems = a.count("branch", a.pick((5, 6, 7)), 3, 10)
    r = size * 0.045
    pieces = []
    for k in range(stems):
        turn = 2 * math.pi * k / stems + a.between(-0.3, 0.3)
        lean = a.between(0.35, 0.75)
        reach = size * a.between(0.55, 0.85)
        root: Vec3 = (0.0, 0.0, base * 0.5)
        fork: Vec3 = (
            reach * 0.5 * lean * math.cos(turn),
            reach * 0.5 * lean * math.sin(turn),
            base + reach * 0.5,
        )
        pieces.append(capsule(root, fork, r, a.segments(r), r * 0.85))
        for side in (-1, 1):
            spread = turn + side * a.between(0.3, 0.7)
            tip: Vec3 = (
                fork[0] + reach * 0.45 * lean * 1.4 * math.cos(spread),
                fork[1] + reach * 0.45 * lean * 1.4 * math.sin(spread),
                fork[2] + reach * a.between(0.3, 0.5),
            )
            pieces.append(capsule(fork, tip, r * 0.8, a.segments(r), r * 0.6))
    a.add(union(pieces), "coral", color)


def _brain(a: Assembly, size: float, base: float, color: RGB) -> None:
    """Brain coral: a low dome wound with winding ridges."""
    radius = size * 0.42
    seg = a.segments(radius)
    a.add(dome((radius, radius, radius * 0.75), seg, (0, 0, base * 0.6)), "coral", color)
    ridges = []
    for k in range(1, 6):
        # a ridge circles the dome at each latitude, wobbling so that it winds like a maze
        lat = math.radians(12 + 14 * k)
        ring_r = radius * math.cos(lat)
        z = base * 0.6 + radius * 0.75 * math.sin(lat)
        wobble = [
            (
                ring_r * (1 + 0.05 * math.sin(5 * t + k)) * math.cos(t),
                ring_r * (1 + 0.05 * math.sin(5 * t + k)) * math.sin(t),
                z,
            )
            for t in [2 * math.pi * j / 24 for j in range(25)]
        ]
        ridges.append(tube(wobble, radius * 0.045, 8))
    ridges.append(sphere(radius * 0.12, 12, (0, 0, base * 0.6 + radius * 0.73)))
    a.add(union(ridges), "coral", color)


def _fan(a: Assembly, size: float, base: float, color: RGB) -> None:
    """A sea fan: a flat spray of thin branches in one plane, rimmed."""
    r = size * 0.018
    pieces = [capsule((0, 0, base * 0.5), (0, 0, base + size * 0.2), r * 1.5, 10)]
    for k in range(9):
        turn = math.radians(-60 + 15 * k)
        mid: Vec3 = (
            size * 0.25 * math.sin(turn),
            0.0,
            base + size * 0.2 + size * 0.25 * math.cos(turn),
        )
        tip: Vec3 = (
            size * 0.45 * math.sin(turn),
            0.0,
            base + size * 0.2 + size * 0.5 * math.cos(turn),
        )
        pieces.append(tube([(0.0, 0.0, base + size * 0.2), mid, tip], r, 8, r * 0.7))
    for k in (1, 2):
        # cross ties: arcs joining the branches, the upper half only
        arc = hoop(size * 0.22 * k, r * 0.7, 32).rotate((90, 0, 0))
        keep = box((size * 0.22 * k * 1.75, size, size), (0, 0, base + size * 0.7))
        arc = arc.translate((0, 0, base + size * 0.2)) ^ keep
        pieces.append(arc)
    a.add(union(pieces), "coral", color)


TEMPLATE = Template(
    "coral",
    build_coral,
    0.3,
    description="a colourful branching coral growing on a rock on the sea floor",
    synonyms=("corals", "coral reef", "coral colony"),
    kinds=(
        "staghorn coral",
        "brain coral",
        "sea fan",
        "fan coral",
        "elkhorn coral",
        "branching coral",
        "soft coral",
    ),
    not_claimed=("coral snake",),
    parts=("coral", "rock", "branch"),
    aliases={"branches": "branch", "stone": "rock", "base": "rock"},
)
