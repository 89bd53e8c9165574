"""A fire hydrant: a squat barrel on a bolted flange, a dome cap with a nut, and side nozzles."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, cylinder, dome, rod, sphere

PAINTS: tuple[RGB, ...] = ((200, 30, 30), (240, 200, 30), (230, 230, 225), (40, 90, 170))
CAPS: tuple[RGB, ...] = ((200, 30, 30), (230, 230, 225), (40, 110, 60), (240, 200, 30))


def build_fire_hydrant(a: Assembly) -> None:
    """A squat barrel on a bolted flange, a dome cap with a nut, and side nozzles."""
    paint = a.pick(PAINTS)
    cap_color = a.pick(CAPS)
    h, r = a.vary(0.6, 0.08), a.vary(0.11, 0.08)
    a.add(cylinder(r * 1.45, 0.06, a.segments(r * 1.5)), "base", paint)
    bolts = around_z(cylinder(0.016, 0.03, 8, (r * 1.3, 0, 0.05)), 6)
    a.add(bolts, "bolt", (160, 160, 165), Tier.FIXED)
    a.add(cylinder(r, h * 0.78, a.segments(r), (0, 0, 0.05), r * 0.95), "body", paint)
    top = h * 0.8
    a.add(cylinder(r * 1.25, 0.05, a.segments(r), (0, 0, top - 0.02)), "body", paint)
    a.add(
        dome((r * 1.05, r * 1.05, r * 0.75), a.segments(r), (0, 0, top + 0.02)),
        "cap",
        cap_color,
        Tier.SECONDARY,
    )
    a.add(cylinder(r * 0.3, r * 0.35, 5, (0, 0, top + r * 0.65)), "cap", cap_color, Tier.SECONDARY)
    z = h * 0.55
    for side in (-1, 1):
        nozzle = rod((side * r * 0.7, 0, z), (side * r * 1.5, 0, z), r * 0.32, a.segments(r * 0.4))
        a.add(nozzle, "nozzle", paint)
        a.add(
            rod((side * r * 1.45, 0, z), (side * r * 1.65, 0, z), r * 0.38, 6),
            "cap",
            cap_color,
            Tier.SECONDARY,
        )
    if a.wants("nozzle"):
        a.add(
            rod((0, -r * 0.7, z - 0.02), (0, -r * 1.5, z - 0.02), r * 0.45, a.segments(r * 0.5)),
            "nozzle",
            paint,
        )
        a.add(
            rod((0, -r * 1.45, z - 0.02), (0, -r * 1.65, z - 0.02), r * 0.5, 6),
            "cap",
            cap_color,
            Tier.SECONDARY,
        )
    a.add(sphere(r * 0.2, 8, (0, 0, top + r * 1.0)), "cap", cap_color, Tier.SECONDARY)


TEMPLATE = Template(
    "fire hydrant",
    build_fire_hydrant,
    0.7,
    description="a short red street fire hydrant with a domed cap and side outlet nozzles",
    synonyms=("hydrant", "fireplug", "fire plug", "water hydrant"),
    kinds=("street hydrant",),
    parts=("base", "bolt", "body", "cap", "nozzle"),
    aliases={"flange": "base", "outlet": "nozzle", "top": "cap", "bonnet": "cap"},
)
