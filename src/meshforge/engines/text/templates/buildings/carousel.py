"""A carousel: a round platform under a striped canopy, horses on poles in a ring round a core."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS, GOLD
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, sphere, union

CANOPIES: tuple[RGB, ...] = ((200, 40, 45), (40, 90, 170), (230, 120, 170))
STRIPE: RGB = (245, 240, 225)
HORSES: tuple[RGB, ...] = ((245, 245, 240), (90, 60, 40), (40, 40, 44))


def _horse(a: Assembly, x: float, y: float, z: float, heading: float) -> None:
    """A simple carousel horse: body, neck, head, four straight legs, on its pole."""
    parts = [
        ellipsoid((0.9, 0.3, 0.35), 16, (0, 0, 0)),
        rod((0.6, 0, 0.1), (0.95, 0, 0.7), 0.16, 10),
        ellipsoid((0.35, 0.15, 0.17), 12, (1.1, 0, 0.75)),
    ]
    for lx in (-0.55, 0.55):
        for ly in (-0.15, 0.15):
            parts.append(rod((lx, ly, 0), (lx + 0.2 * (1 if lx > 0 else -1), ly, -0.75), 0.07, 6))
    body = union(parts).rotate((0, 0, heading)).translate((x, y, z))
    a.add(body, "horse", HORSES, Tier.FIXED)


def build_carousel(a: Assembly) -> None:
    """A round platform under a striped canopy, horses on poles in a ring round a core."""
    r = a.vary(6.0, 0.1)
    canopy, stripe = a.pick(CANOPIES), STRIPE
    deck_h, roof_z = 0.6, a.vary(4.5, 0.08)
    a.add(cylinder(r, deck_h, a.segments(r)), "platform", (150, 110, 70))
    a.add(cylinder(r * 0.3, roof_z, a.segments(r)), "core", a.pick(BRIGHTS), Tier.SECONDARY)
    a.add(cylinder(r * 1.05, 0.7, a.segments(r), (0, 0, roof_z)), "canopy", stripe)
    cone = cylinder(r * 1.12, r * 0.45, 16, (0, 0, roof_z + 0.7), 0.2)
    a.add(cone, "canopy", canopy)
    # stripes: a skin just proud of the cone, cut to bands radiating from its tip
    skin = cylinder(r * 1.14, r * 0.46, 16, (0, 0, roof_z + 0.69), 0.21)
    bands = union(
        [box((r * 3, r * 0.22, r * 2), (0, 0, roof_z)).rotate((0, 0, k * 45.0)) for k in range(4)]
    )
    a.add(skin ^ bands, "stripe", stripe)
    a.add(sphere(0.35, 12, (0, 0, roof_z + 0.7 + r * 0.45)), "finial", GOLD, Tier.FIXED)
    horses = a.count("horse", 6, 3, 12)
    for k in range(horses):
        turn = 360.0 * k / horses
        x, y = r * 0.72 * math.cos(math.radians(turn)), r * 0.72 * math.sin(math.radians(turn))
        a.add(rod((x, y, deck_h - 0.05), (x, y, roof_z + 0.05), 0.06, 8), "pole", GOLD, Tier.FIXED)
        _horse(a, x, y, deck_h + 1.1 + 0.3 * (k % 2), turn + 90)


TEMPLATE = Template(
    "carousel",
    build_carousel,
    7.0,
    description="a fairground carousel: painted horses on poles going round under a striped canopy",
    synonyms=("merry go round", "merry-go-round", "roundabout ride", "carrousel"),
    kinds=("fairground carousel", "carousel horse ride"),
    parts=("platform", "core", "canopy", "stripe", "finial", "pole", "horse"),
    aliases={"roof": "canopy", "horses": "horse", "poles": "pole", "floor": "platform"},
)
