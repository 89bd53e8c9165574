"""A heat gun side on: a fat barrel ending in a long steel nozzle, a pistol grip and a stand."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import lathe_x
from meshforge.engines.text.kit.solids import box, ellipsoid, rod
from meshforge.engines.text.kit.tools import PLASTICS, RUBBER, STEEL
from meshforge.engines.text.kit.trigger_tools import pistol_grip

BODIES = (*PLASTICS, (60, 62, 68))


def build_heat_gun(a: Assembly) -> None:
    """A fat barrel with vents at the back, a long round steel nozzle out front, a grip below."""
    s = a.vary(1.0, 0.08)
    r, top = 0.036 * s, 0.2 * s
    color = a.pick(BODIES)
    back, front = 0.07 * s, -0.06 * s
    body = Manifold.batch_hull(
        [
            ellipsoid((r * 1.1, r, r * 1.1), 24, (back, 0, top)),
            ellipsoid((r * 0.6, r * 0.85, r * 0.9), 24, (front, 0, top)),
        ]
    )
    a.add(body, "body", color)
    pistol_grip(a, (back * 0.4, 0, top - r * 0.7), 0.12 * s, r * 0.5, 8, (RUBBER, RUBBER))
    length = a.vary(0.09, 0.15) * s
    nozzle = lathe_x(
        [(0.0, 0.0), (r * 0.72, 0.0), (r * 0.6, length), (0.0, length)], a.segments(r)
    ).mirror((1, 0, 0))
    a.add(nozzle.translate((front + 0.004, 0, top)), "nozzle", STEEL, Tier.FIXED)
    # the air intake: a dark grille on the back end
    a.add(
        rod((back + r * 0.8, 0, top), (back + r * 1.15, 0, top), r * 0.7, a.segments(r)),
        "vent",
        RUBBER,
        Tier.FIXED,
    )
    if a.maybe("stand", 0.6, "base", "foot"):
        # a flat foot under the grip so it stands nozzle up-level
        a.add(
            box((0.08 * s, 0.05 * s, 0.012), (back * 0.4 + 0.02 * s, 0, top - r * 0.7 - 0.12 * s)),
            "stand",
            RUBBER,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "heat gun",
    build_heat_gun,
    0.25,
    description="a heat gun, a tool like a hair dryer blowing very hot air from a steel nozzle",
    synonyms=("hot air gun", "heatgun", "paint stripper gun", "heat guns"),
    kinds=("hot air blower",),
    parts=("body", "handle", "trigger", "nozzle", "vent", "stand"),
    aliases={
        "grip": "handle",
        "barrel": "body",
        "tip": "nozzle",
        "grille": "vent",
        "foot": "stand",
    },
)
