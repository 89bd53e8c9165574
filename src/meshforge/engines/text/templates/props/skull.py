"""A human skull: a rounded cranium, deep dark eye sockets, a nose hole and a toothy jaw."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import (
    box,
    ellipsoid,
    on_sphere,
    rounded_box,
    subtract,
)

BONES: tuple[RGB, ...] = ((238, 232, 212), (225, 215, 190), (245, 242, 232), (200, 190, 160))
SOCKET: RGB = (30, 26, 24)


def build_skull(a: Assembly) -> None:
    """A human skull: a rounded cranium, deep dark eye sockets, a nose hole and a toothy jaw."""
    r = a.vary(0.09, 0.06)
    bone = a.pick(BONES)
    center = (0.0, 0.0, r * 1.25)
    cranium = ellipsoid((r * 0.85, r * 1.0, r * 0.95), a.segments(r), center)
    face = rounded_box(
        (r * 1.3, r * 1.0, r * 0.85), r * 0.3, a.segments(r * 0.3), (0, -r * 0.42, r * 0.75)
    )
    sockets = []
    for side in (-1, 1):
        spot = on_sphere(center, r, side * 28, -8, r * 0.2)
        sockets.append(
            ellipsoid((r * 0.3, r * 0.34, r * 0.28), 16, (spot[0], spot[1] - r * 0.05, spot[2]))
        )
    nose_spot = on_sphere(center, r, 0, -38, r * 0.05)
    nose = ellipsoid((r * 0.1, r * 0.3, r * 0.16), 12, (nose_spot[0], nose_spot[1], nose_spot[2]))
    a.add(subtract(cranium, *sockets, nose), "skull", bone)
    a.add(subtract(face, *sockets, nose), "skull", bone)
    for solid in (*sockets, nose):
        # a dark body set back inside each hole, so it reads as deep from any side
        a.add(solid.translate((0, r * 0.12, 0)), "socket", SOCKET, Tier.FIXED)
    jaw_z = r * 0.2
    jaw = rounded_box((r * 1.1, r * 0.8, r * 0.4), r * 0.15, 12, (0, -r * 0.5, jaw_z + r * 0.1))
    a.add(jaw, "jaw", bone)
    teeth = a.count("tooth", 8, 4, 12)
    for k in range(teeth):
        x = -r * 0.42 + r * 0.84 * k / (teeth - 1)
        a.add(
            box((r * 0.09, r * 0.08, r * 0.17), (x, -r * 0.9, jaw_z + r * 0.35)),
            "teeth",
            (250, 248, 238),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "skull",
    build_skull,
    0.22,
    description="a human skull with dark eye sockets and grinning teeth",
    synonyms=("human skull", "skulls", "cranium", "pirate skull", "crystal skull", "sugar skull"),
    kinds=("skull and crossbones",),
    parts=("skull", "socket", "jaw", "teeth"),
    aliases={"eye": "socket", "eyes": "socket", "tooth": "teeth", "head": "skull", "bone": "skull"},
)
