"""The instrument archetype: a plucked string instrument, a brass horn or a drum.

Which one follows the nearest instrument templates (guitar, violin, harp → strings; trumpet,
saxophone, flute → a horn; drum, xylophone → a drum), so "a banjo" is a string instrument and
"a tuba" a horn, each generic, in the prompt's colours.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.instruments import BRASS_LACQUER, VARNISHES
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, lathe, rod, torus
from meshforge.engines.text.kit.sweeps import tube

CATEGORY = "instruments"
FAMILIES = {
    "strings": ("guitar", "violin", "cello", "harp", "string", "strings", "plucked", "lute"),
    "horn": ("trumpet", "saxophone", "flute", "horn", "brass", "wind", "pipe", "blow"),
    "drum": ("drum", "xylophone", "percussion", "beat"),
}
DARK = (35, 30, 28)
SKIN = (240, 235, 220)
METAL = (200, 200, 205)


def build_instrument(a: Assembly) -> None:
    """The generic instrument of the prompt's family."""
    family = leaning(a, FAMILIES, "strings")
    {"strings": _strings, "horn": _horn, "drum": _drum}[family](a)


def _strings(a: Assembly) -> None:
    """A round body with a sound hole, a long neck and head, strings and a bridge, upright."""
    r = a.vary(0.17, 0.15)
    depth = r * 0.45
    wood = a.color("body", VARNISHES)
    center = (0.0, 0.0, r * 1.05)
    a.add(ellipsoid((r, depth / 2, r * a.between(1.0, 1.25)), a.segments(r), center), "body", wood)
    a.add(
        cylinder(r * 0.28, 0.01, a.segments(r * 0.3), (0.0, 0.0, 0.0))
        .rotate((90, 0, 0))
        .translate((0.0, -depth / 2 + 0.004, center[2] + r * 0.2)),
        "hole",
        DARK,
        Tier.FIXED,
    )
    neck_len = r * a.between(2.2, 2.8)
    top = center[2] + r * 0.8 + neck_len
    a.add(
        box((r * 0.22, depth * 0.4, neck_len), (0.0, 0.0, center[2] + r * 0.8 + neck_len / 2)),
        "neck",
        DARK,
        Tier.SECONDARY,
    )
    a.add(box((r * 0.3, depth * 0.3, r * 0.5), (0.0, depth * 0.05, top + r * 0.2)), "head", wood)
    count = a.count("string", a.pick((4, 5, 6)), 3, 8)
    for k in range(count):
        x = (k - (count - 1) / 2) * r * 0.035
        a.add(
            rod(
                (x, -depth / 2 + 0.001, center[2] - r * 0.5),
                (x, -depth * 0.2 - 0.004, top),
                0.0012,
                6,
            ),
            "string",
            METAL,
            Tier.FIXED,
        )
    a.add(
        box((r * 0.5, 0.012, 0.012), (0.0, -depth / 2, center[2] - r * 0.5)),
        "bridge",
        DARK,
        Tier.FIXED,
    )


def _horn(a: Assembly) -> None:
    """A coiled brass tube ending in a flared bell, with three valves, standing on its bell."""
    brass = a.color("body", BRASS_LACQUER)
    bell_r, bell_h = a.vary(0.14, 0.2), a.vary(0.22, 0.2)
    flare = [(bell_r, 0.0)] + [
        (bell_r * (0.12 + 0.88 * (1 - t) ** 2.5), bell_h * t) for t in (0.2, 0.4, 0.6, 0.8, 1.0)
    ]
    outline = [(0.0, 0.0), *flare, (0.0, bell_h)]
    a.add(lathe(outline, a.segments(bell_r)), "bell", brass)
    pipe_r = bell_r * 0.12
    top = bell_h + bell_r * 1.8
    a.add(
        rod((0.0, 0.0, bell_h - 0.01), (0.0, 0.0, top), pipe_r, a.segments(pipe_r)), "body", brass
    )
    loop_r = bell_r * 0.6
    a.add(
        torus(loop_r, pipe_r, a.segments(loop_r))
        .rotate((0, 90, 0))
        .translate((0.0, loop_r, top - loop_r * 0.2)),
        "body",
        brass,
    )
    for k in range(3):
        z = bell_h + bell_r * (0.6 + 0.35 * k)
        a.add(rod((0.0, 0.0, z), (0.0, -bell_r * 0.45, z), pipe_r * 1.2, 12), "valve", brass)
        a.add(
            cylinder(pipe_r * 1.1, pipe_r * 0.8, 12, (0.0, -bell_r * 0.45, z)).rotate((0, 0, 0)),
            "valve",
            METAL,
            Tier.FIXED,
        )
    mouth = [
        (0.0, 2 * loop_r, top - loop_r * 0.2),
        (0.0, 2 * loop_r + bell_r * 0.4, top + bell_r * 0.3 * math.sin(0.5)),
    ]
    a.add(tube(mouth, pipe_r * 0.8, 12), "mouthpiece", METAL, Tier.FIXED)


def _drum(a: Assembly) -> None:
    """A drum shell with a skin on top, a rim hoop and tension rods, on three short legs."""
    r, h = a.vary(0.2, 0.2), a.vary(0.25, 0.25)
    legs = 0.08
    a.add(cylinder(r, h, a.segments(r), (0.0, 0.0, legs)), "body", VARNISHES)
    a.add(cylinder(r * 1.01, 0.004, a.segments(r), (0.0, 0.0, legs + h)), "skin", SKIN, Tier.FIXED)
    for z in (legs + h, legs):
        a.add(torus(r, 0.01, a.segments(r), (0.0, 0.0, z)), "rim", METAL, Tier.FIXED)
    for k in range(a.count("rod", 8, 4, 12)):
        angle = 2 * math.pi * k / 8
        x, y = (r + 0.012) * math.cos(angle), (r + 0.012) * math.sin(angle)
        a.add(rod((x, y, legs), (x, y, legs + h), 0.005, 6), "rod", METAL, Tier.FIXED)
    for k in range(3):
        angle = 2 * math.pi * k / 3
        x, y = r * 0.8 * math.cos(angle), r * 0.8 * math.sin(angle)
        a.add(rod((x, y, 0.0), (x * 0.9, y * 0.9, legs + 0.01), 0.01, 8), "leg", METAL, Tier.FIXED)


TEMPLATE = Template(
    "instrument",
    build_instrument,
    0.6,
    description="a musical instrument of no particular kind: strings, a horn or a drum",
    parts=(
        "body",
        "hole",
        "neck",
        "head",
        "string",
        "bridge",
        "bell",
        "valve",
        "mouthpiece",
        "skin",
        "rim",
        "rod",
        "leg",
    ),
    aliases={"strings": "string", "shell": "body", "drumhead": "skin", "valves": "valve"},
)
