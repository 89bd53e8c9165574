"""A broadleaf tree (clustered crown), a conifer (stacked cones) or a palm."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, prism, rod, sphere

BARK: RGB = (100, 70, 45)


LEAVES: tuple[RGB, ...] = ((70, 140, 60), (50, 120, 55), (95, 160, 70), (60, 130, 80))


AUTUMN: tuple[RGB, ...] = ((215, 110, 35), (190, 60, 40), (225, 170, 50))


#: kinds' looks: birch bark and leaves, cherry blossom
BIRCH_BARK: RGB = (235, 232, 225)
BIRCH_LEAVES: tuple[RGB, ...] = ((130, 175, 70), (150, 185, 80))
BLOSSOM: tuple[RGB, ...] = ((245, 180, 200), (250, 200, 215), (240, 160, 190))


NEEDLES: tuple[RGB, ...] = ((35, 95, 55), (45, 105, 70), (30, 85, 60))


ORNAMENTS: tuple[RGB, ...] = ((210, 30, 30), (240, 200, 50), (40, 90, 200), (230, 230, 235))


def _kind_of_tree(a: Assembly) -> str:
    """Conifer, palm or broadleaf, from the prompt's words or the seed."""
    if a.mentions("pine", "fir", "spruce", "christmas", "conifer", "evergreen", "xmas"):
        return "conifer"
    if a.mentions("palm", "coconut", "tropical"):
        return "palm"
    if a.mentions(
        "oak", "maple", "apple", "birch", "autumn", "fall", "cherry", "blossom", "sakura", "willow"
    ):
        return "broadleaf"
    return a.pick(("broadleaf", "broadleaf", "conifer", "palm"))


def build_tree(a: Assembly) -> None:
    """A broadleaf tree (clustered crown), a conifer (stacked cones) or a palm."""
    kind = _kind_of_tree(a)
    if kind == "conifer":
        _conifer(a)
    elif kind == "palm":
        _palm(a)
    else:
        _broadleaf(a)


def _broadleaf(a: Assembly) -> None:
    """A trunk with a crown of overlapping spheres; "apple" hangs fruit on it.

    Kinds show in colour: a birch's white bark with dark marks, a cherry's pink blossom, a
    maple's red and orange; a willow's crown hangs down in long drooping strands.
    """
    trunk_h, crown = a.vary(2.2, 0.15), a.vary(1.6, 0.15)
    birch = a.mentions("birch")
    bark = BIRCH_BARK if birch else BARK
    trunk_r = 0.2 if birch else 0.28
    a.add(
        cylinder(trunk_r, trunk_h + crown * 0.5, a.segments(0.28), (0, 0, 0), trunk_r * 0.57),
        "trunk",
        bark,
        Tier.FIXED,
    )
    if birch and a.wants("mark"):
        for k in range(7):  # the dark lenticel dashes of birch bark
            z = trunk_h * (0.1 + 0.12 * k)
            radius = trunk_r * (1 - 0.43 * z / (trunk_h + crown * 0.5))
            angle = a.between(0, 360)
            dash = cylinder(radius * 1.03, 0.06, a.segments(0.28), (0, 0, z))
            dash = dash.trim_by_plane((1, 0, 0), radius * 0.4).rotate((0, 0, angle))
            a.add(dash, "mark", (40, 38, 36), Tier.FIXED)
    if a.mentions("cherry blossom", "blossom", "sakura", "blossoming"):
        leaves = a.pick(BLOSSOM)
    elif a.mentions("maple", "autumn", "fall"):
        leaves = a.pick(AUTUMN)
    elif birch:
        leaves = a.pick(BIRCH_LEAVES)
    else:
        leaves = a.pick(LEAVES)
    if a.mentions("willow"):
        _willow_crown(a, trunk_h, crown, leaves)
        return
    center = np.array([0.0, 0.0, trunk_h + crown * 0.8])
    blobs = [(center, crown)]
    for _ in range(a.pick((4, 5, 6))):
        angle, lift = a.between(0, 2 * math.pi), a.between(-0.3, 0.6)
        offset = np.array([math.cos(angle), math.sin(angle), lift]) * crown * a.between(0.55, 0.8)
        blobs.append((center + offset, crown * a.between(0.55, 0.75)))
    for position, radius in blobs:
        a.add(sphere(radius, a.segments(radius), tuple(position)), "leaf", leaves)
    blossoming = a.mentions("blossom", "sakura", "blossoming")
    if (
        a.wants("fruit")
        and a.mentions("apple", "fruit", "cherry", "orange", "lemon")
        and not blossoming
    ):
        fruit = (250, 160, 30) if a.mentions("orange") else (200, 30, 30)
        for position, radius in blobs[1:]:
            angle = a.between(0, 2 * math.pi)
            direction = np.array([math.cos(angle), math.sin(angle), -0.6])
            spot = position + radius * direction / np.linalg.norm(direction)
            a.add(sphere(0.12, 12, tuple(spot)), "fruit", fruit, Tier.FIXED)


def _willow_crown(a: Assembly, trunk_h: float, crown: float, leaves: RGB) -> None:
    """A weeping willow's crown: a low dome with curtains of leaves hanging almost to the ground."""
    top = trunk_h + crown * 0.5
    a.add(
        ellipsoid((crown * 1.3, crown * 1.3, crown * 0.75), a.segments(crown), (0, 0, top)),
        "leaf",
        leaves,
    )
    strands = 16
    for k in range(strands):
        angle = 360 * k / strands + a.between(-6, 6)
        drop = top - trunk_h * a.between(0.15, 0.35)
        curtain = ellipsoid((0.18, 0.45, drop / 2), a.segments(0.45))
        # each curtain leans out a little as it falls
        curtain = curtain.rotate((0, -6, 0)).translate((crown * 1.15, 0, top - drop / 2))
        a.add(curtain.rotate((0, 0, angle)), "leaf", leaves)


def _conifer(a: Assembly) -> None:
    """A short trunk under stacked cones; "christmas" adds baubles and a star."""
    tiers = a.pick((3, 4, 5))
    height, base_r = a.vary(5.0, 0.15), a.vary(1.7, 0.12)
    trunk_h = height * 0.15
    a.add(cylinder(0.25, trunk_h + 0.3, a.segments(0.25)), "trunk", BARK, Tier.FIXED)
    needles = a.pick(NEEDLES)
    step = (height - trunk_h) / (tiers + 0.6)
    festive = a.mentions("christmas", "xmas", "festive", "decorated")
    for i in range(tiers):
        radius = base_r * (1 - i / (tiers + 0.8))
        z = trunk_h + i * step
        a.add(cylinder(radius, step * 1.6, a.segments(radius), (0, 0, z), 0.0), "leaf", needles)
        if festive and a.wants("ornament"):
            for k in range(5 + 2 * (tiers - i)):
                angle = k * 2.4 + i
                r, dz = radius * 0.85, step * 0.15
                spot = (r * math.cos(angle), r * math.sin(angle), z + dz)
                a.add(sphere(0.11, 12, spot), "ornament", ORNAMENTS[k % len(ORNAMENTS)], Tier.FIXED)
    top = trunk_h + (tiers - 1) * step + step * 1.6
    if festive and a.wants("star"):
        points = [
            (
                0.45 * (1 if k % 2 == 0 else 0.45) * math.sin(k * math.pi / 5),
                0.45 * (1 if k % 2 == 0 else 0.45) * math.cos(k * math.pi / 5),
            )
            for k in range(10)
        ]
        star = prism(points, 0.12).translate((0, 0, -0.06)).rotate((90, 0, 0))
        a.add(star.translate((0, 0, top + 0.12)), "star", (250, 210, 40), Tier.FIXED)


def _palm(a: Assembly) -> None:
    """A leaning, segmented trunk with drooping fronds and coconuts."""
    height, lean = a.vary(5.0, 0.15), a.between(0.15, 0.35)
    points = [(lean * height * (t**2), 0.0, height * t) for t in np.linspace(0, 1, 7)]
    for i in range(6):
        r0, r1 = 0.24 - i * 0.02, 0.22 - i * 0.02
        a.add(
            rod(points[i], points[i + 1], r0, a.segments(r0), r1),
            "trunk",
            (140, 105, 70),
            Tier.FIXED,
        )
    top = points[-1]
    fronds = a.pick((6, 7, 8))
    leaves = a.pick(LEAVES)
    for k in range(fronds):
        frond = (
            ellipsoid((1.5, 0.3, 0.06), a.segments(0.3)).translate((1.3, 0, 0)).rotate((0, 28, 0))
        )
        a.add(
            frond.rotate((0, 0, k * 360 / fronds + a.between(-10, 10))).translate(top),
            "leaf",
            leaves,
        )
    for k in range(3):
        angle = k * 2 * math.pi / 3
        # apart from each other (touching coconuts could trap a void under the fronds)
        spot = (top[0] + 0.2 * math.cos(angle), 0.2 * math.sin(angle), top[2] - 0.3)
        a.add(sphere(0.17, 16, spot), "fruit", (95, 65, 35), Tier.FIXED)


TEMPLATE = Template(
    "tree",
    build_tree,
    5.0,
    description="a tall plant with a trunk, branches and leaves",
    synonyms=(
        "pine tree",
        "oak tree",
        "palm tree",
        "christmas tree",
        "fir tree",
        "apple tree",
        "palm",
        "fir",
        "spruce",
        "conifer",
        "evergreen",
        "birch",
        "birch tree",
        "silver birch",
        "cherry blossom",
        "cherry blossom tree",
        "willow",
        "willow tree",
        "weeping willow",
    ),
    kinds=(
        "redwood",
        "sequoia",
        "elm",
        "maple",
        "cypress",
        "cedar",
        "aspen",
        "beech",
        "poplar",
        "sycamore",
        "olive tree",
        "cherry tree",
        "acacia",
        "eucalyptus",
        "juniper",
        "larch",
        "yew",
        "mangrove",
        "banyan",
        "sakura",
        "sakura tree",
        "maple tree",
        "japanese maple",
        "red maple",
        "autumn tree",
        "fall tree",
    ),
    not_claimed=("maple leaf", "maple syrup"),
    parts=("trunk", "leaf", "fruit", "ornament", "star", "mark"),
    aliases={
        "foliage": "leaf",
        "crown": "leaf",
        "needle": "leaf",
        "canopy": "leaf",
        "blossom": "leaf",
        "bark": "trunk",
        "apple": "fruit",
        "coconut": "fruit",
        "bauble": "ornament",
        "decoration": "ornament",
    },
    kinds_in_wordnet=("tree",),
)
