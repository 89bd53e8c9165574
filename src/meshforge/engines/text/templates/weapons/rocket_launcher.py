"""A rocket launcher: a long shoulder tube with a sight, a pistol grip and a rocket in its mouth."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, lathe_x
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.trigger_tools import pistol_grip

DRABS = ((85, 95, 60), (60, 62, 68), (120, 105, 75), (40, 40, 44))
WARHEAD = (120, 125, 90)


def build_rocket_launcher(a: Assembly) -> None:
    """Side on, muzzle at -X: a long tube with flared ends, a grip and trigger, a box sight."""
    length, r = a.vary(1.1, 0.08), a.vary(0.045, 0.1)
    color = a.pick(DRABS)
    z = 0.2
    a.add(rod((-length / 2, 0, z), (length / 2, 0, z), r, a.segments(r)), "tube", color)
    for x in (-length / 2, length / 2 - 0.08):
        a.add(
            rod((x, 0, z), (x + 0.08, 0, z), r * 1.25, a.segments(r)),
            "tube",
            DARK_STEEL,
            Tier.FIXED,
        )
    pistol_grip(a, (-length * 0.05, 0, z - r * 0.8), 0.12, 0.016, 12, (DARK_STEEL, DARK_STEEL))
    pistol_grip(a, (length * 0.2, 0, z - r * 0.8), 0.1, 0.016, 5, (DARK_STEEL, DARK_STEEL))
    a.add(
        box((0.1, 0.03, 0.06), (-length * 0.15, -r * 0.6, z + r + 0.02)),
        "sight",
        DARK_STEEL,
        Tier.FIXED,
    )
    if a.maybe("rocket", 0.7, "loaded", "warhead", "rpg"):
        warhead = lathe_x(
            [
                (0.0, 0.0),
                (r * 0.3, 0.0),
                (r * 1.3, 0.09),
                (r * 1.3, 0.2),
                (r * 0.6, 0.22),
                (0.0, 0.22),
            ],
            20,
        )
        a.add(warhead.translate((-length / 2 - 0.2, 0, z)), "rocket", WARHEAD, Tier.FIXED)


TEMPLATE = Template(
    "rocket launcher",
    build_rocket_launcher,
    0.35,
    description="a rocket launcher, a long shoulder-fired tube weapon like a bazooka or an rpg",
    synonyms=("bazooka", "rpg", "rocket propelled grenade", "missile launcher", "grenade launcher"),
    kinds=("anti tank launcher", "rpg launcher"),
    parts=("tube", "handle", "trigger", "sight", "rocket"),
    aliases={
        "barrel": "tube",
        "grip": "handle",
        "scope": "sight",
        "warhead": "rocket",
        "missile": "rocket",
    },
)
