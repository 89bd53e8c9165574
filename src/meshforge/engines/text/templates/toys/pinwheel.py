"""A pinwheel: four curled paper vanes pinned to the top of a stick."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod, sphere

STICK: RGB = (215, 175, 120)


def build_pinwheel(a: Assembly) -> None:
    """A pinwheel: four curled paper vanes pinned to the top of a stick."""
    stick_h = a.vary(0.35, 0.1)
    r = stick_h * a.between(0.28, 0.35)
    a.add(rod((0, 0, 0), (0, 0, stick_h), 0.005, 8), "stick", STICK, Tier.FIXED)
    hub = (0.0, -0.012, stick_h)
    a.add(rod((0, 0.003, stick_h), hub, 0.004, 8), "stick", STICK, Tier.FIXED)
    vanes = a.count("vane", 4, 3, 8)
    for k in range(vanes):
        color = BRIGHTS[k % len(BRIGHTS)] if not a.prompt.colors else a.color("vane", BRIGHTS)
        # each vane: a thin triangle from the hub to the tip, its outer corner curled forward
        tip = box((0.002, 0.002, 0.002), (r, -0.004, 0))
        corner = box((0.002, 0.002, 0.002), (r * 0.75, -0.03, r * 0.55))
        root = box((0.006, 0.002, 0.006), (0, 0, 0))
        vane = Manifold.batch_hull([tip, root]) + Manifold.batch_hull([tip, corner, root])
        vane = vane.rotate((0, -360.0 * k / vanes, 0)).translate((0, hub[1] - 0.002, hub[2]))
        a.add(vane, "vane", color)
    a.add(sphere(0.008, 12, hub), "pin", (240, 190, 40), Tier.FIXED)


TEMPLATE = Template(
    "pinwheel",
    build_pinwheel,
    0.45,
    description="a toy windmill of curled coloured paper vanes on a stick that spins in the wind",
    synonyms=("pinwheels", "paper windmill", "toy windmill", "pin wheel"),
    parts=("vane", "stick", "pin"),
    aliases={
        "vanes": "vane",
        "blades": "vane",
        "petals": "vane",
        "handle": "stick",
        "paper": "vane",
    },
)
