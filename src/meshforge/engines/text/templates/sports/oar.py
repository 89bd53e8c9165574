"""An oar standing on its blade: a long wooden loom, a flat spoon blade, a grip; paired if asked."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import hoop

WOODS: tuple[RGB, ...] = ((205, 160, 100), (180, 130, 75), (225, 190, 135))
BLADES: tuple[RGB, ...] = ((205, 160, 100), (200, 40, 40), (30, 70, 160), (245, 245, 240))
GRIP: RGB = (40, 40, 44)


def build_oar(a: Assembly) -> None:
    """A long wooden loom, a flat spoon blade, a grip; a kayak paddle has a blade at each end."""
    wood = a.pick(WOODS)
    double = a.mentions("kayak", "double")
    length = a.vary(2.2 if double else 2.6, 0.06)
    blade_h, blade_w = length * 0.22, length * 0.07
    shaft_r = 0.019
    bottom = blade_h * 0.5
    a.add(
        ellipsoid((blade_w, 0.012, blade_h * 0.5), a.segments(blade_w), (0, 0, bottom)),
        "blade",
        BLADES,
        Tier.SECONDARY,
    )
    a.add(
        rod((0, 0, blade_h * 0.3), (0, 0, length - 0.1), shaft_r, a.segments(shaft_r * 4)),
        "shaft",
        wood,
    )
    if double:
        top = length - blade_h * 0.5
        a.add(
            ellipsoid((blade_w, 0.012, blade_h * 0.5), a.segments(blade_w), (0, 0, top)),
            "blade",
            BLADES,
            Tier.SECONDARY,
        )
        a.add(cylinder(shaft_r * 1.2, 0.12, 16, (0, 0, length * 0.3)), "grip", GRIP, Tier.FIXED)
        a.add(cylinder(shaft_r * 1.2, 0.12, 16, (0, 0, length * 0.6)), "grip", GRIP, Tier.FIXED)
    else:
        a.add(
            capsule((0, 0, length - 0.3), (0, 0, length), shaft_r * 1.3, 16),
            "grip",
            GRIP,
            Tier.FIXED,
        )
        a.add(hoop(shaft_r * 1.1, 0.008, 16, (0, 0, length * 0.62)), "collar", GRIP, Tier.FIXED)


TEMPLATE = Template(
    "oar",
    build_oar,
    2.6,
    description="an oar or paddle: a long wooden pole with a flat blade for rowing a boat",
    synonyms=("oars", "rowing oar", "boat paddle", "canoe paddle", "kayak paddle"),
    kinds=("sculling oar", "paddle oar"),
    parts=("blade", "shaft", "grip", "collar"),
    aliases={"handle": "grip", "loom": "shaft", "pole": "shaft"},
)
