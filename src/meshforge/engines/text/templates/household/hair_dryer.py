"""A hair dryer standing on its handle: a barrel with a flat nozzle, a grilled back, buttons."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import box, capsule, rod
from meshforge.engines.text.kit.sweeps import hoop

#: black, white, pink, red, lilac and steel-grey shells
DRYERS: tuple[RGB, ...] = (
    (35, 35, 38),
    (240, 240, 238),
    (235, 150, 180),
    (200, 40, 45),
    (175, 150, 210),
    (120, 124, 132),
)
GRILLE: RGB = (60, 62, 66)


def build_hair_dryer(a: Assembly) -> None:
    """A hair dryer standing on its handle: a barrel with a flat nozzle, a grilled back, buttons."""
    shell = a.pick(DRYERS)
    length, radius = a.vary(0.2, 0.1), a.vary(0.042, 0.1)
    grip = a.vary(0.14, 0.1)
    z = grip + radius * 0.6
    back = length * 0.35  # the handle sits under the barrel's back third
    barrel = capsule(
        (back, 0, z), (-length + back, 0, z), radius, min(40, a.segments(radius)), radius * 0.85
    )
    a.add(barrel, "body", shell)
    handle = capsule((back - 0.01, 0, z - radius * 0.5), (back + 0.025, 0, 0.02), 0.02, 20, 0.017)
    a.add(handle, "handle", shell)
    a.add(rod((back + 0.025, 0, 0.0), (back + 0.025, 0, 0.03), 0.014, 12), "handle", shell)
    # the concentrator nozzle: round where it meets the barrel, a flat slot at its mouth
    front = -length + back - radius * 0.6
    mouth = box((0.006, radius * 1.5, radius * 0.35), (front - 0.035, 0, z))
    neck = rod((front + 0.01, 0, z), (front, 0, z), radius * 0.7, a.segments(radius))
    if a.maybe("nozzle", 0.7, "concentrator"):
        a.add(
            Manifold.batch_hull([neck, mouth]),
            "nozzle",
            a.pick((BLACK_PLASTIC, shell)),
            Tier.SECONDARY,
        )
    # the air intake at the back: a dark grille in a ring
    grille = rod(
        (back + radius * 0.75, 0, z),
        (back + radius * 0.95, 0, z),
        radius * 0.78,
        a.segments(radius),
    )
    a.add(grille, "grille", GRILLE, Tier.FIXED)
    ring = hoop(radius * 0.8, radius * 0.09, 40).rotate((0, 90, 0))
    a.add(ring.translate((back + radius * 0.92, 0, z)), "body", shell)
    grip_top, grip_foot = (back - 0.01, z - radius * 0.5), (back + 0.025, 0.02)
    for t, color in ((0.25, CHROME), (0.45, BLACK_PLASTIC)):  # switches on the handle's front
        x = grip_top[0] + (grip_foot[0] - grip_top[0]) * t - 0.017
        at_z = grip_top[1] + (grip_foot[1] - grip_top[1]) * t
        button = capsule((x, -0.006, at_z), (x, 0.006, at_z), 0.006, 10)
        a.add(button, "button", color, Tier.FIXED)
    if a.maybe("cord", 0.6, "cable"):
        cord = capsule((back + 0.025, 0, 0.01), (back + 0.09, 0.02, 0.006), 0.005, 10)
        a.add(cord, "cord", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "hair dryer",
    build_hair_dryer,
    0.2,
    description="an electric hair dryer with a handle that blows hot air",
    synonyms=("hairdryer", "hair drier", "blow dryer", "blow drier", "hair blower", "blowdryer"),
    parts=("body", "handle", "nozzle", "grille", "button", "cord"),
    aliases={"barrel": "body", "switch": "button", "cable": "cord", "vent": "grille"},
)
