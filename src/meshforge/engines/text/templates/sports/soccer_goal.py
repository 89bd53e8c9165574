"""A football goal: white posts and crossbar with a net sloping back to the ground frame."""

from __future__ import annotations

from itertools import pairwise

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, sphere

FRAME: RGB = (245, 245, 245)
NET: RGB = (225, 225, 228)


def build_soccer_goal(a: Assembly) -> None:
    """A football goal: white posts and crossbar with a net sloping back to the ground frame."""
    width, height = a.vary(7.32, 0.1), a.vary(2.44, 0.08)
    depth = height * a.between(0.6, 0.9)
    post = 0.06
    half = width / 2
    corners = [(-half, 0, 0), (-half, 0, height), (half, 0, height), (half, 0, 0)]
    for start, end in pairwise(corners):
        a.add(rod(start, end, post, 16), "frame", FRAME)
    for corner in corners[1:3]:
        a.add(sphere(post, 16, corner), "frame", FRAME)
    back = [(-half, depth, 0), (half, depth, 0)]
    a.add(rod(back[0], back[1], 0.025, 8), "frame", FRAME)
    for sx in (-1, 1):
        a.add(rod((sx * half, 0, 0), (sx * half, depth, 0), 0.025, 8), "frame", FRAME)
        a.add(rod((sx * half, 0, height), (sx * half, depth, 0), 0.025, 8), "frame", FRAME)
    # the net: cords from the crossbar back to the ground, and rows across
    cords = a.count("cord", 12, 6, 30)
    for k in range(cords + 1):
        x = -half + k * width / cords
        a.add(rod((x, 0, height), (x, depth, 0), 0.012, 6), "net", NET, Tier.SECONDARY)
    for k in range(1, 6):
        t = k / 6
        y, z = depth * t, height * (1 - t)
        a.add(rod((-half, y, z), (half, y, z), 0.012, 6), "net", NET, Tier.SECONDARY)
        a.add(rod((-half, 0, z), (-half, y, z), 0.012, 6), "net", NET, Tier.SECONDARY)
        a.add(rod((half, 0, z), (half, y, z), 0.012, 6), "net", NET, Tier.SECONDARY)


TEMPLATE = Template(
    "soccer goal",
    build_soccer_goal,
    2.44,
    description="a football goal: white posts and a crossbar with a net behind",
    synonyms=(
        "football goal",
        "soccer net",
        "football net",
        "goal post",
        "goalpost",
        "goal posts",
        "soccer goalpost",
    ),
    kinds=("handball goal", "futsal goal"),
    parts=("frame", "net"),
    aliases={
        "posts": "frame",
        "post": "frame",
        "crossbar": "frame",
        "bar": "frame",
        "netting": "net",
    },
)
