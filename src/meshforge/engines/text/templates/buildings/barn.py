"""A red barn: gambrel roof, cross-braced doors in the gable end, a hayloft, maybe a silo."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, subtract
from meshforge.engines.text.kit.sweeps import face_prism

BARN_REDS: tuple[RGB, ...] = ((165, 40, 35), (140, 35, 30), (185, 60, 40), (120, 85, 55))


BARN_ROOFS: tuple[RGB, ...] = ((70, 70, 75), (110, 110, 115), (60, 80, 70), (90, 45, 35))


TRIM: RGB = (245, 243, 235)


SILO: RGB = (200, 200, 205)


def _gambrel(width: float, wall: float, rise: float, grow: float) -> list[tuple[float, float]]:
    """The front outline of a gambrel (barn) roof, ``grow`` wider all round."""
    half = width / 2 + grow
    knee = half * 0.68
    return [
        (-half, wall - grow),
        (half, wall - grow),
        (knee, wall + rise * 0.62),
        (0.0, wall + rise + grow),
        (-knee, wall + rise * 0.62),
    ]


def build_barn(a: Assembly) -> None:
    """A red barn: gambrel roof, cross-braced doors in the gable end, a hayloft, maybe a silo."""
    width, depth = a.vary(8.0, 0.1), a.vary(11.0, 0.12)
    wall, rise = a.vary(3.6, 0.1), a.vary(3.4, 0.12)
    red, roof = a.pick(BARN_REDS), a.pick(BARN_ROOFS)
    a.add(box((width, depth, wall), (0, 0, wall / 2)), "wall", red)
    a.add(face_prism(_gambrel(width, wall, rise, 0.0), depth), "wall", red)
    shell = subtract(
        face_prism(_gambrel(width, wall, rise, 0.3), depth + 0.6),
        face_prism(_gambrel(width, wall, rise, 0.0), depth + 2.0).translate((0, 0, -0.02)),
    )
    a.add(shell, "roof", roof, Tier.SECONDARY)
    door_w, door_h = width * 0.42, wall * 0.85
    front = -depth / 2
    a.add(
        box((door_w + 0.3, 0.12, door_h + 0.15), (0, front, (door_h + 0.15) / 2)),
        "door",
        TRIM,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        leaf = box((door_w / 2 - 0.2, 0.16, door_h - 0.25), (sx * door_w / 4, front, door_h / 2))
        a.add(leaf, "door", red)
        diagonal = math.degrees(math.atan2(door_h - 0.3, door_w / 2 - 0.3))
        brace = box((math.hypot(door_w / 2 - 0.3, door_h - 0.3), 0.2, 0.18), (0, 0, 0)).rotate(
            (0, diagonal, 0)
        )
        a.add(brace.translate((sx * door_w / 4, front, door_h / 2)), "door", TRIM, Tier.FIXED)
    loft_z = wall + rise * 0.35
    a.add(box((1.6, 0.12, 1.6), (0, front, loft_z)), "door", TRIM, Tier.FIXED)
    a.add(box((1.25, 0.16, 1.25), (0, front, loft_z)), "door", red)
    for y in (-depth * 0.25, depth * 0.25):
        for sx in (-1, 1):
            a.add(
                box((0.14, 1.1, 1.1), (sx * width / 2, y, wall * 0.6)), "window", TRIM, Tier.FIXED
            )
            a.add(
                box((0.2, 0.8, 0.8), (sx * width / 2, y, wall * 0.6)),
                "window",
                (50, 45, 40),
                Tier.FIXED,
            )
    if a.maybe("cupola", 0.5):
        top = wall + rise
        a.add(box((1.0, 1.0, 1.2), (0, 0, top + 0.4)), "cupola", TRIM, Tier.FIXED)
        a.add(
            cylinder(0.9, 0.8, 4, (0, 0, top + 1.0), 0.0).rotate((0, 0, 45)),
            "cupola",
            roof,
            Tier.SECONDARY,
        )
    if a.maybe("silo", 0.4):
        silo_r, silo_h = a.vary(1.8, 0.1), wall + rise + a.vary(2.0, 0.3)
        at = (width / 2 + silo_r - 0.3, depth * 0.2, 0.0)
        a.add(cylinder(silo_r, silo_h, a.segments(silo_r), at), "silo", SILO, Tier.FIXED)
        a.add(
            dome((silo_r, silo_r, silo_r * 0.7), a.segments(silo_r), (at[0], at[1], silo_h)),
            "silo",
            roof,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "barn",
    build_barn,
    7.0,
    description="a large farm building for animals and hay",
    synonyms=("stable", "hayloft", "granary", "cowshed"),
    parts=("wall", "roof", "door", "window", "cupola", "silo"),
    aliases={"gate": "door", "loft": "door"},
)
