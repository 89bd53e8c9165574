"""A satellite dish: a shallow parabolic reflector on a post, tilted skywards, with a feed arm
holding the receiver at its focus; "radio telescope" makes a big one on a turret."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, box, cylinder, lathe, rod, sphere

DISHES: tuple[RGB, ...] = ((235, 235, 232), (200, 202, 206), (70, 72, 78))
MOUNT: RGB = (90, 92, 98)
RECEIVER: RGB = (40, 40, 44)


def build_satellite_dish(a: Assembly) -> None:
    """A dish on a post, tilted skywards, with a feed arm and a receiver at its focus."""
    big = a.mentions("radio", "telescope", "observatory", "big", "giant", "huge")
    radius = a.vary(12.0 if big else 0.45, 0.1)
    depth = radius * a.between(0.18, 0.26)
    thick = radius * 0.03
    focus = radius * radius / (4 * depth)
    # the reflector's profile: r from the axis, z up the axis, a parabola with a thin wall
    steps = 12
    outer = [(radius * k / steps, depth * (k / steps) ** 2) for k in range(steps + 1)]
    profile = [(0.0, -thick), *[(r, z - thick) for r, z in outer[1:]]]
    profile += [(radius, depth), *[(r, z) for r, z in reversed(outer[1:-1])], (0.0, 0.0)]
    dish = lathe(profile, a.segments(radius))
    arm = rod((0, 0, 0), (0, 0, focus), radius * 0.025, 8)
    head = cylinder(radius * 0.07, radius * 0.16, 12, (0, 0, focus - radius * 0.08))
    tilt = a.between(30, 50)
    post_h = radius * (1.4 if not big else 1.1)
    hub = (0.0, 0.0, post_h)
    a.add(_aim(dish, tilt, hub), "dish", DISHES)
    a.add(_aim(arm, tilt, hub), "arm", MOUNT, Tier.FIXED)
    a.add(_aim(head, tilt, hub), "receiver", RECEIVER, Tier.FIXED)
    a.add(sphere(radius * 0.09, 12, hub), "mount", MOUNT, Tier.FIXED)
    a.add(
        _aim(cylinder(radius * 0.12, radius * 0.08, 16, (0, 0, -radius * 0.06)), tilt, hub),
        "mount",
        MOUNT,
        Tier.FIXED,
    )
    if big:
        a.add(
            cylinder(radius * 0.3, post_h, 24, (0, 0, 0), radius * 0.15), "mount", MOUNT, Tier.FIXED
        )
    else:
        a.add(rod((0, 0, 0), hub, radius * 0.05, 12), "mount", MOUNT, Tier.FIXED)
        a.add(
            box((radius * 0.7, radius * 0.7, radius * 0.06), (0, 0, radius * 0.03)),
            "mount",
            MOUNT,
            Tier.FIXED,
        )


def _aim(solid: Manifold, tilt: float, hub: Vec3) -> Manifold:
    """From the dish's own frame (axis up +Z) to facing the sky at the front, ``tilt`` degrees
    off vertical, pivoting on ``hub``."""
    return solid.rotate((tilt, 0, 0)).translate(hub)


TEMPLATE = Template(
    "satellite dish",
    build_satellite_dish,
    0.9,
    description="a satellite dish: a round parabolic reflector on a pole with a receiver arm",
    synonyms=("dish antenna", "satellite antenna", "radio telescope", "parabolic antenna"),
    kinds=("sat dish", "tv dish", "satellite receiver dish", "radar dish", "dish aerial"),
    parts=("dish", "arm", "receiver", "mount"),
    aliases={
        "reflector": "dish",
        "lnb": "receiver",
        "pole": "mount",
        "stand": "mount",
        "feed": "arm",
    },
)
