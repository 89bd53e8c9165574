"""A bicycle helmet: a vented aerodynamic shell over a dark liner, with a visor and straps."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, capsule, dome, subtract

LINER: RGB = (35, 35, 38)


def build_bicycle_helmet(a: Assembly) -> None:
    """A bicycle helmet: a vented aerodynamic shell over a dark liner, with a visor and straps."""
    w = a.vary(0.2, 0.06)
    length = w * a.between(1.25, 1.4)
    h = w * a.between(0.6, 0.7)
    z = 0.03
    shell = dome((w / 2, length / 2, h), a.segments(w), (0, 0, z))
    vents = []
    for k in range(5):
        y = -length * 0.3 + k * length * 0.14
        for sx in (-1, 1):
            vents.append(
                capsule(
                    (sx * w * 0.12, y, z),
                    (sx * w * 0.2, y + length * 0.08, z + h * 1.2),
                    w * 0.035,
                    8,
                )
            )
    a.add(subtract(shell, *vents), "shell", BRIGHTS)
    a.add(
        dome((w / 2 - 0.004, length / 2 - 0.004, z + 0.002), a.segments(w), (0, 0, z - 0.002)),
        "liner",
        LINER,
        Tier.FIXED,
    )
    a.add(box((w * 0.2, 0.01, h * 0.5), (0, 0, z + h * 0.3)), "liner", LINER, Tier.FIXED)
    if a.maybe("visor", 0.7):
        visor = box((w * 0.75, length * 0.16, 0.006)).rotate((-12, 0, 0))
        a.add(visor.translate((0, -length * 0.46, z + h * 0.3)), "visor", LINER, Tier.SECONDARY)
    for sx in (-1, 1):
        a.add(
            capsule(
                (sx * w * 0.46, 0, z + 0.005), (sx * w * 0.25, -length * 0.1, z - h * 0.6), 0.006, 6
            ),
            "strap",
            LINER,
            Tier.FIXED,
        )
    a.add(
        capsule(
            (-w * 0.25, -length * 0.1, z - h * 0.6),
            (w * 0.25, -length * 0.1, z - h * 0.6),
            0.008,
            6,
        ),
        "strap",
        LINER,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "bicycle helmet",
    build_bicycle_helmet,
    0.2,
    description="a light vented cycling helmet with straps worn when riding a bike",
    synonyms=("bike helmet", "cycling helmet", "cycle helmet", "bicycle helmets", "skate helmet"),
    kinds=(
        "mountain bike helmet",
        "road bike helmet",
        "ski helmet",
        "snowboard helmet",
        "climbing helmet",
        "skateboard helmet",
        "scooter helmet",
    ),
    parts=("shell", "liner", "visor", "strap"),
    aliases={"straps": "strap", "vents": "shell", "padding": "liner"},
)
