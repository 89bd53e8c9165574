"""A gong: a bronze disc with a turned rim and a centre boss, hung in a wooden frame, a mallet."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS, lathe_y
from meshforge.engines.text.kit.percussion import BRONZES
from meshforge.engines.text.kit.solids import box, capsule, rod, sphere

CORD: tuple[int, int, int] = (190, 40, 35)


def build_gong(a: Assembly) -> None:
    """A gong: a bronze disc with a turned rim and a boss, hung in a wooden frame; a mallet."""
    radius = a.vary(0.4, 0.25)
    thick = radius * 0.025
    lip = radius * 0.1
    centre_z = radius * 1.45
    boss = a.maybe("boss", 0.6, "nipple")
    face = [
        (0.0, -thick),
        (radius - thick * 1.5, -thick),
        (radius - thick * 1.5, -lip),
        (radius, -lip),
        (radius, thick),
        (radius * 0.3, thick),
        *([(radius * 0.16, thick + radius * 0.08), (0.0, thick + radius * 0.09)] if boss else []),
        (0.0, thick),
    ]
    disc = lathe_y(face, a.segments(radius) * 2, (0.0, 0.0, centre_z))
    a.add(disc, "gong", a.pick(BRONZES))
    wood = a.pick(WOODS[1:])
    if a.wants("frame"):
        half = radius * 1.3
        top = centre_z + radius * 1.25
        beam = radius * 0.09
        for side in (-1, 1):
            a.add(box((beam, beam, top), (side * half, 0, top / 2)), "frame", wood)
            foot = box((beam * 1.2, radius * 0.9, beam * 0.9), (side * half, 0, beam * 0.45))
            a.add(foot, "frame", wood)
        bar = box((half * 2 + beam * 3, beam * 1.1, beam * 1.2), (0, 0, top + beam * 0.4))
        a.add(bar, "frame", wood)
        for side in (-1, 1):
            # cords from the crossbar to two holes near the rim
            hang = (side * radius * 0.45, 0.0, centre_z + radius * 0.82)
            a.add(
                rod(hang, (side * radius * 0.35, 0.0, top), radius * 0.015, 8),
                "cord",
                CORD,
                Tier.FIXED,
            )
    if a.maybe("mallet", 0.7, "beater", "stick"):
        # standing in the frame's foot, leaning on its post: a wooden shaft with a padded head
        post_x = radius * 1.3
        base = (post_x, -radius * 0.36, radius * 0.04)
        head = (post_x, -radius * 0.1, radius * 0.75)
        a.add(capsule(base, head, radius * 0.025, 10), "mallet", wood, Tier.SECONDARY)
        a.add(sphere(radius * 0.1, 16, head), "mallet head", (235, 225, 200), Tier.FIXED)


TEMPLATE = Template(
    "gong",
    build_gong,
    1.2,
    description="a large round bronze gong hanging from a wooden frame, struck with a mallet",
    synonyms=("tam-tam", "tamtam", "chinese gong", "dinner gong", "temple gong"),
    parts=("gong", "frame", "cord", "mallet", "mallet head", "boss"),
    aliases={"disc": "gong", "stand": "frame", "beater": "mallet", "rope": "cord", "ropes": "cord"},
)
