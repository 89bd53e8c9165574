"""A hot glue gun side on: a pistol body, metal nozzle, glue stick, wire stand."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, lathe_x
from meshforge.engines.text.kit.solids import ellipsoid, rod
from meshforge.engines.text.kit.tools import PLASTICS, STEEL
from meshforge.engines.text.kit.trigger_tools import pistol_grip

BODIES = (*PLASTICS, (35, 35, 38), (120, 60, 160))
GLUE = (235, 235, 220)


def build_glue_gun(a: Assembly) -> None:
    """A hot glue gun side on: a pistol body, metal nozzle, glue stick, wire stand."""
    scale = a.vary(1.0, 0.1)
    body_color = a.pick(BODIES)
    top = 0.15 * scale
    r = 0.026 * scale
    front, back = -0.07 * scale, 0.06 * scale
    body = Manifold.batch_hull(
        [
            ellipsoid((r * 1.1, r * 0.85, r * 1.15), 24, (back, 0, top)),
            ellipsoid((r * 0.8, r * 0.7, r * 0.75), 24, (front, 0, top - r * 0.15)),
        ]
    )
    a.add(body, "body", body_color)
    foot = pistol_grip(
        a,
        (back - r * 0.3, 0, top - r * 0.6),
        0.1 * scale,
        r * 0.62,
        12,
        (body_color, (35, 35, 38)),
        Tier.PRIMARY,
    )
    nozzle_x = front - r * 0.7
    nozzle = (
        lathe_x(
            [
                (0.0, 0.0),
                (r * 0.4, 0.0),
                (r * 0.35, 0.02 * scale),
                (r * 0.08, 0.04 * scale),
                (0.0, 0.04 * scale),
            ],
            16,
            (0, 0, 0),
        )
        .mirror((1, 0, 0))
        .translate((nozzle_x + 0.004, 0, top - r * 0.15))
    )
    a.add(nozzle, "nozzle", a.pick((BRASS, STEEL)), Tier.FIXED)
    if a.wants("glue stick"):
        stick = rod(
            (back, 0, top + r * 0.1),
            (back + a.vary(0.09, 0.2) * scale, 0, top + r * 0.1),
            0.0056 * scale,
            16,
        )
        a.add(stick, "glue stick", GLUE, Tier.FIXED)
    if a.maybe("stand", 0.7, "kickstand"):
        wire = [
            rod((front, 0, top - r * 0.6), (front - 0.01, -0.02, foot[2]), 0.002, 8),
            rod((front, 0, top - r * 0.6), (front - 0.01, 0.02, foot[2]), 0.002, 8),
            rod((front - 0.01, -0.02, foot[2]), (front - 0.01, 0.02, foot[2]), 0.002, 8),
        ]
        for piece in wire:
            a.add(piece, "stand", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "glue gun",
    build_glue_gun,
    0.2,
    description="a hot glue gun: a plastic pistol that melts a glue stick out of a metal nozzle",
    synonyms=("hot glue gun", "glue-gun", "hot melt glue gun", "hotglue gun"),
    parts=("body", "handle", "trigger", "nozzle", "glue stick", "stand"),
    aliases={
        "grip": "handle",
        "tip": "nozzle",
        "stick": "glue stick",
        "glue": "glue stick",
        "kickstand": "stand",
    },
)
