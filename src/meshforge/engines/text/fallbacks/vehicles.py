"""The vehicle archetype: a wheeled van, a hull on the water, or a winged fuselage.

Which one follows the nearest vehicle templates or the prompt's words (boat, submarine → a
hull; airplane, helicopter, rocket → a fuselage with wings; else a wheeled body with a cab),
so "a forklift" is a land vehicle and "a hovercraft" a water one, generic, in its colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import (
    box,
    capsule,
    ellipsoid,
    prism,
    rounded_box,
    side_prism,
)
from meshforge.engines.text.kit.vehicles import GLASS, HEADLIGHT, PAINTS

CATEGORY = "vehicles"
MEDIA = {
    "water": ("boat", "submarine", "ship", "water", "sea", "jet ski", "hovercraft", "yacht"),
    "air": (
        "airplane",
        "helicopter",
        "rocket",
        "ufo",
        "satellite",
        "hot air balloon",
        "fly",
        "flying",
        "air",
        "jet",
        "glider",
        "drone",
    ),
    "land": (
        "car",
        "truck",
        "bus",
        "train",
        "tractor",
        "tank",
        "motorcycle",
        "bicycle",
        "wheels",
        "road",
    ),
}


def build_vehicle(a: Assembly) -> None:
    """The generic vehicle of the prompt's medium."""
    medium = leaning(a, MEDIA, "land")
    {"land": _land, "water": _water, "air": _air}[medium](a)


def _land(a: Assembly) -> None:
    """A boxy body with a cab in front, windows, headlights and four (or six) wheels."""
    length, width = a.vary(3.6, 0.2), a.vary(1.7, 0.1)
    wheel_r = a.vary(0.35, 0.15)
    floor = wheel_r * 0.9
    body_h = a.vary(1.0, 0.2)
    paint = a.color("body", PAINTS)
    a.add(
        rounded_box(
            (width, length, body_h), 0.12, a.segments(0.12), (0.0, 0.0, floor + body_h / 2)
        ),
        "body",
        paint,
    )
    cab_len = length * a.between(0.3, 0.45)
    cab_h = body_h * a.between(0.55, 0.8)
    cab_y = -length / 2 + cab_len / 2 + 0.1
    back = a.chance(0.5)  # the cab over the whole length, or only in front (a pickup, a loader)
    cab_size = (width * 0.94, length * 0.9 if back else cab_len, cab_h)
    cab_at = (0.0, 0.0 if back else cab_y, floor + body_h + cab_h / 2 - 0.05)
    a.add(rounded_box(cab_size, 0.1, a.segments(0.1), cab_at), "cab", paint)
    a.add(
        box((width * 0.8, 0.04, cab_h * 0.6), (0.0, cab_at[1] - cab_size[1] / 2, cab_at[2])),
        "window",
        GLASS,
        Tier.FIXED,
    )
    for side in (-1, 1):
        a.add(
            box(
                (0.04, cab_size[1] * 0.75, cab_h * 0.5),
                (side * cab_size[0] / 2, cab_at[1], cab_at[2]),
            ),
            "window",
            GLASS,
            Tier.FIXED,
        )
        a.add(
            ellipsoid(
                (0.12, 0.04, 0.08), 12, (side * width * 0.33, -length / 2, floor + body_h * 0.55)
            ),
            "headlight",
            HEADLIGHT,
            Tier.FIXED,
        )
    axles = a.count("axle", 2 if length < 4.5 else 3, 2, 4)
    for k in range(axles):
        y = -length * 0.33 + length * 0.66 * k / (axles - 1)
        for side in (-1, 1):
            wheel(a, (side * (width / 2 - 0.05), y, wheel_r), wheel_r, 0.25)


def _water(a: Assembly) -> None:
    """A pointed hull with a deck, a cabin with windows and a rail, floating level."""
    length, beam = a.vary(5.0, 0.2), a.vary(1.8, 0.1)
    depth = a.vary(0.8, 0.15)
    paint = a.color("hull", PAINTS)
    outline = [
        (0.0, -length / 2),
        (beam / 2, -length * 0.2),
        (beam / 2, length / 2),
        (-beam / 2, length / 2),
        (-beam / 2, -length * 0.2),
    ]
    hull = prism(outline, depth)
    keel = prism(
        [(0.0, -length / 2), (beam * 0.15, length / 2), (-beam * 0.15, length / 2)], depth * 0.4
    ).translate((0.0, 0.0, -depth * 0.3))
    a.add(hull.translate((0.0, 0.0, depth * 0.3)), "hull", paint)
    a.add(keel.translate((0.0, 0.0, depth * 0.3)), "hull", paint)
    a.add(
        prism([(x * 0.92, y * 0.96) for x, y in outline], 0.06, (0.0, 0.0, depth * 1.3)),
        "deck",
        (190, 150, 100),
        Tier.SECONDARY,
    )
    cabin = rounded_box(
        (beam * 0.6, length * 0.3, depth * 0.9),
        0.1,
        a.segments(0.1),
        (0.0, length * 0.1, depth * 1.3 + depth * 0.45),
    )
    a.add(cabin, "cabin", (235, 235, 230), Tier.SECONDARY)
    a.add(
        box(
            (beam * 0.5, 0.04, depth * 0.35),
            (0.0, length * 0.1 - length * 0.15, depth * 1.3 + depth * 0.6),
        ),
        "window",
        GLASS,
        Tier.FIXED,
    )


def _air(a: Assembly) -> None:
    """A fuselage with a cockpit, two wings, a tail fin and tailplanes, on short gear."""
    length, r = a.vary(6.0, 0.15), a.vary(0.5, 0.15)
    paint = a.color("body", PAINTS)
    z = r + 0.5
    a.add(
        capsule(
            (0.0, -length / 2 + r, z), (0.0, length / 2 - r, z + r * 0.3), r, a.segments(r), r * 0.4
        ),
        "body",
        paint,
    )
    a.add(
        ellipsoid((r * 0.6, r * 1.2, r * 0.5), a.segments(r), (0.0, -length * 0.3, z + r * 0.6)),
        "cockpit",
        GLASS,
        Tier.FIXED,
    )
    span = length * a.between(0.8, 1.1)
    a.add(
        box((span, r * 2.2, r * 0.18), (0.0, -length * 0.05, z - r * 0.2)),
        "wing",
        paint,
        Tier.SECONDARY,
    )
    a.add(
        box((span * 0.35, r * 1.2, r * 0.12), (0.0, length / 2 - r * 0.9, z + r * 0.3)),
        "wing",
        paint,
        Tier.SECONDARY,
    )
    fin = side_prism([(0.0, 0.0), (r * 1.5, 0.0), (r * 1.6, r * 1.8), (r * 1.0, r * 1.8)], r * 0.15)
    a.add(fin.translate((0.0, length / 2 - r * 1.8, z + r * 0.5)), "fin", paint, Tier.SECONDARY)
    for y in (-length * 0.3, length * 0.05):
        for side in (0,) if y < 0 else (-1, 1):
            wheel(a, (side * r * 1.2, y, 0.22), 0.22, 0.14)
            a.add(
                box((0.06, 0.06, z - 0.22), (side * r * 1.2, y, 0.22 + (z - 0.22) / 2)),
                "gear",
                (60, 60, 65),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "vehicle",
    build_vehicle,
    1.8,
    description="a vehicle of no particular kind: wheeled, a boat hull, or winged",
    parts=(
        "body",
        "cab",
        "window",
        "headlight",
        "wheel",
        "hubcap",
        "hull",
        "deck",
        "cabin",
        "cockpit",
        "wing",
        "fin",
        "gear",
        "axle",
    ),
    aliases={"wheels": "wheel", "tyre": "wheel", "tire": "wheel", "windows": "window"},
)
