"""A street lamp: a tall post on a plinth with a lantern head, or a curved arm with a lamp."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

POSTS: tuple[RGB, ...] = ((35, 38, 40), (40, 60, 50), (120, 125, 130))
LIGHT: RGB = (255, 240, 180)


def build_street_lamp(a: Assembly) -> None:
    """A street lamp: a tall post on a plinth with a lantern head, or a curved arm with a lamp."""
    metal = a.pick(POSTS)
    h = a.vary(4.0, 0.1)
    a.add(cylinder(0.2, 0.5, a.segments(0.2), (0, 0, 0), 0.13), "post", metal)
    a.add(cylinder(0.07, h - 0.3, a.segments(0.1), (0, 0, 0.4), 0.05), "post", metal)
    if a.mentions("modern", "highway", "arm", "curved") or a.chance(0.4):
        reach = a.vary(1.0, 0.1)
        arm = tube(
            [
                (0, 0, h - 0.2),
                (0, -0.05, h + 0.25),
                (0, -reach * 0.6, h + 0.35),
                (0, -reach, h + 0.3),
            ],
            0.05,
            12,
        )
        a.add(arm, "post", metal)
        a.add(
            ellipsoid((0.2, 0.35, 0.09), a.segments(0.2), (0, -reach - 0.15, h + 0.25)),
            "head",
            metal,
        )
        a.add(
            ellipsoid((0.15, 0.28, 0.05), 16, (0, -reach - 0.15, h + 0.19)),
            "light",
            LIGHT,
            Tier.FIXED,
        )
        return
    top = h + 0.1
    a.add(cylinder(0.12, 0.08, a.segments(0.12), (0, 0, top - 0.1)), "head", metal)
    a.add(
        cylinder(0.14, 0.45, 4, (0, 0, top - 0.05), 0.2).rotate((0, 0, 45)),
        "light",
        LIGHT,
        Tier.FIXED,
    )
    a.add(cylinder(0.3, 0.18, 4, (0, 0, top + 0.38), 0.03).rotate((0, 0, 45)), "head", metal)
    a.add(sphere(0.05, 8, (0, 0, top + 0.58)), "head", metal)
    for k in range(4):
        post = cylinder(0.015, 0.45, 6, (0.19, 0, top - 0.05)).rotate((0, 0, 45 + 90 * k))
        a.add(post, "head", metal)


TEMPLATE = Template(
    "street lamp",
    build_street_lamp,
    4.5,
    description="a tall outdoor street light on a metal post with a lantern on top",
    synonyms=(
        "streetlight",
        "street light",
        "lamp post",
        "lamppost",
        "streetlamp",
        "light pole",
        "gas lamp",
    ),
    kinds=("victorian street lamp", "park lamp"),
    parts=("post", "head", "light"),
    aliases={"pole": "post", "lantern": "head", "bulb": "light", "glass": "light"},
)
