"""A revolver seen side on: a long barrel, a fluted cylinder, a hammer, a trigger guard, a grip."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, subtract, torus

METALS: tuple[RGB, ...] = ((60, 62, 68), (175, 178, 185), (40, 40, 44))
GRIPS: tuple[RGB, ...] = ((120, 75, 40), (90, 55, 30), (235, 225, 200), (30, 30, 32))


def build_revolver(a: Assembly) -> None:
    """A revolver seen side on: a long barrel, a fluted cylinder, a hammer, a guard, a grip."""
    barrel_len = a.vary(0.15, 0.15)
    metal = a.pick(METALS)
    grip = a.pick(GRIPS)
    z = 0.14
    # the gun faces -Y so its side profile shows: the barrel runs along -Y
    frame = box((0.028, 0.08, 0.05), (0, 0.0, z))
    a.add(frame, "frame", metal)
    a.add(
        rod((0, -0.03, z + 0.012), (0, -0.03 - barrel_len, z + 0.012), 0.011, 16), "barrel", metal
    )
    a.add(box((0.006, 0.01, 0.012), (0, -0.025 - barrel_len, z + 0.026)), "barrel", metal)
    cyl = rod((0, -0.035, z + 0.002), (0, 0.015, z + 0.002), 0.022, 24)
    # six grooves round the cylinder, turned about its axis (Y)
    groove = rod((0, -0.03, 0), (0, 0.01, 0), 0.007, 8).translate((0.024, 0, 0))
    grooves = [
        groove.rotate((0, angle, 0)).translate((0, 0, z + 0.002)) for angle in range(0, 360, 60)
    ]
    fluted = subtract(cyl, *grooves)
    a.add(fluted, "cylinder", metal)
    a.add(box((0.01, 0.02, 0.025), (0, 0.045, z + 0.03)), "hammer", metal)
    grip_shape = Manifold.batch_hull(
        [
            box((0.03, 0.035, 0.01), (0, 0.03, z - 0.02)),
            box((0.032, 0.04, 0.01), (0, 0.07, z - 0.11)),
        ]
    )
    a.add(grip_shape, "grip", grip, Tier.SECONDARY)
    guard = torus(0.018, 0.003, 16).rotate((0, 90, 0)).translate((0, -0.005, z - 0.035))
    a.add(guard, "trigger guard", metal)
    a.add(box((0.004, 0.006, 0.022), (0, 0.0, z - 0.033)), "trigger", metal)


TEMPLATE = Template(
    "revolver",
    build_revolver,
    0.2,
    description="a six-shooter handgun with a revolving cylinder, a long barrel and a wooden grip",
    synonyms=(
        "six shooter",
        "sixshooter",
        "revolvers",
        "colt revolver",
        "cowboy gun",
        "western revolver",
    ),
    kinds=("magnum", "peacemaker", "colt pistol"),
    parts=("frame", "barrel", "cylinder", "hammer", "grip", "trigger guard", "trigger"),
    aliases={"handle": "grip", "chamber": "cylinder", "gun": "frame", "guard": "trigger guard"},
)
