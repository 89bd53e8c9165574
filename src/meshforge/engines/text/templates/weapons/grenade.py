"""A hand grenade: a ribbed oval body, a fuse head with a lever along its side and a ring pin."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, torus

BODIES: tuple[RGB, ...] = ((75, 90, 55), (60, 70, 50), (50, 52, 55))
METAL: RGB = (170, 172, 178)


def build_grenade(a: Assembly) -> None:
    """A hand grenade: a ribbed oval body, a fuse head with a lever and a ring pin."""
    r = a.vary(0.03, 0.1)
    h = r * a.between(1.25, 1.45)
    body = a.pick(BODIES)
    center = (0.0, 0.0, h)
    a.add(ellipsoid((r, r, h), a.segments(r), center), "body", body)
    for k in range(3):
        z = h + (k - 1) * h * 0.5
        ring_r = r * (1.0 - 0.25 * abs(k - 1)) * 0.98
        a.add(torus(ring_r, r * 0.07, a.segments(r)).translate((0, 0, z)), "body", body)
    top = 2 * h - r * 0.1
    a.add(cylinder(r * 0.35, r * 0.5, 16, (0, 0, top)), "head", METAL, Tier.SECONDARY)
    a.add(
        box((r * 0.25, r * 0.12, h * 1.1), (0, -r * 0.95, h + h * 0.35)).rotate((-4, 0, 0)),
        "lever",
        METAL,
        Tier.SECONDARY,
    )
    a.add(
        box((r * 0.25, r * 0.5, r * 0.12), (0, -r * 0.55, top + r * 0.45)),
        "lever",
        METAL,
        Tier.SECONDARY,
    )
    if a.wants("pin"):
        ring = torus(r * 0.3, r * 0.04, 16).rotate((0, 90, 0))
        a.add(ring.translate((r * 0.4, 0, top + r * 0.3)), "pin", METAL, Tier.FIXED)


TEMPLATE = Template(
    "grenade",
    build_grenade,
    0.1,
    description="a small oval hand grenade with a lever and a ring pin",
    synonyms=("hand grenade", "frag grenade", "pineapple grenade", "grenades"),
    kinds=("smoke grenade", "flash grenade"),
    parts=("body", "head", "lever", "pin"),
    aliases={"ring": "pin", "spoon": "lever", "fuse": "head"},
)
