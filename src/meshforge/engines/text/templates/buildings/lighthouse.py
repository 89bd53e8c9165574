"""A tapering striped tower with a gallery, a lantern room and a domed cap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR
from meshforge.engines.text.kit.solids import box, cylinder, sphere


def build_lighthouse(a: Assembly) -> None:
    """A tapering striped tower with a gallery, a lantern room and a domed cap."""
    height, base_r = a.vary(12.0, 0.12), a.vary(2.0, 0.1)
    top_r = base_r * a.vary(0.65, 0.1)
    white, red = (245, 245, 240), a.pick(((200, 40, 40), (30, 60, 140), (20, 20, 25)))
    a.add(cylinder(base_r, height, a.segments(base_r), (0, 0, 0), top_r), "tower", white)
    bands = a.pick((3, 4))
    for i in range(bands):
        z0 = height * (2 * i + 1) / (2 * bands + 1)
        z1 = height * (2 * i + 2) / (2 * bands + 1)
        r0 = base_r + (top_r - base_r) * z0 / height + 0.03
        r1 = base_r + (top_r - base_r) * z1 / height + 0.03
        a.add(
            cylinder(r0, z1 - z0, a.segments(base_r), (0, 0, z0), r1), "stripe", red, Tier.SECONDARY
        )
    a.add(
        cylinder(top_r * 1.45, 0.35, a.segments(top_r), (0, 0, height)),
        "gallery",
        (50, 50, 55),
        Tier.FIXED,
    )
    a.add(
        cylinder(top_r * 0.75, 1.8, a.segments(top_r), (0, 0, height + 0.3)),
        "lantern",
        (255, 240, 170),
        Tier.FIXED,
    )
    a.add(
        cylinder(top_r * 0.95, top_r * 0.9, a.segments(top_r), (0, 0, height + 2.05), 0.05),
        "cap",
        red,
        Tier.SECONDARY,
    )
    a.add(sphere(0.2, 12, (0, 0, height + 2.05 + top_r * 0.9)), "cap", red, Tier.SECONDARY)
    if a.wants("door"):
        a.add(box((1.0, 0.5, 2.0), (0, -base_r + 0.15, 1.0)), "door", DOOR, Tier.FIXED)


TEMPLATE = Template(
    "lighthouse",
    build_lighthouse,
    14.0,
    description="a coastal tower with a light that guides ships",
    synonyms=("light house", "beacon"),
    parts=("tower", "stripe", "gallery", "lantern", "cap", "door"),
    aliases={
        "band": "stripe",
        "light": "lantern",
        "lamp": "lantern",
        "roof": "cap",
        "balcony": "gallery",
    },
)
