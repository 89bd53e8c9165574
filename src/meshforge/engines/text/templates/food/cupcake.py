"""A cupcake: a pleated paper case, a swirl of frosting, a cherry and sprinkles."""

from __future__ import annotations

import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CANDY, ICINGS, sprinkles
from meshforge.engines.text.kit.solids import Vec3, cylinder, dome, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

CASES: tuple[RGB, ...] = (
    (240, 120, 150),
    (90, 160, 220),
    (250, 250, 245),
    (240, 200, 60),
    (150, 200, 120),
)
CHERRY: RGB = (190, 25, 40)


def build_cupcake(a: Assembly) -> None:
    """A cupcake: a pleated paper case, a swirl of frosting, a cherry and sprinkles."""
    r, h = a.vary(0.026, 0.1), a.vary(0.035, 0.12)
    pleats = 24
    outline = [
        (
            (r * (1.0 if k % 2 else 0.93)) * math.cos(math.pi * k / pleats),
            (r * (1.0 if k % 2 else 0.93)) * math.sin(math.pi * k / pleats),
        )
        for k in range(2 * pleats)
    ]
    flare = a.between(1.2, 1.35)
    case = Manifold.extrude(CrossSection([outline]), h, scale_top=(flare, flare))
    a.add(case, "case", a.pick(CASES), Tier.SECONDARY)
    top_r = r * flare
    a.add(
        dome((top_r * 1.02, top_r * 1.02, h * 0.35), a.segments(top_r), (0, 0, h - 0.001)),
        "cake",
        (160, 100, 55),
        Tier.FIXED,
    )
    icing = a.pick(ICINGS)
    z = h + h * 0.1
    swirls = a.pick((3, 4))
    muffin = a.mentions("muffin")
    rings = []
    tubes: list[tuple[float, float, float]] = []  # (ring radius, tube radius, centre height)
    for k in range(0 if muffin else swirls):
        rr = top_r * (0.85 - 0.2 * k)
        thick = rr * 0.42
        rings.append(
            hoop(rr - thick * 0.4, thick, a.segments(top_r) * 3 // 4)
            .scale((1, 1, 0.8))
            .translate((0, 0, z))
        )
        tubes.append((rr - thick * 0.4, thick, z))
        z += thick * 1.15
    if muffin:
        a.add(
            dome((top_r * 1.1, top_r * 1.1, h * 0.6), a.segments(top_r), (0, 0, h - 0.001)),
            "cake",
            (160, 100, 55),
            Tier.FIXED,
        )
        return
    last_z = tubes[-1][2]
    peak = last_z + tubes[-1][1] * 0.8 + top_r * 0.3
    tip = dome((top_r * 0.28, top_r * 0.28, peak - last_z), a.segments(top_r), (0, 0, last_z))
    # a cone inside the swirl ties every ring to the next, whatever the seed's proportions
    core = cylinder(tubes[0][0], last_z - h, a.segments(top_r), (0, 0, h), tubes[-1][0] * 0.8)
    a.add(union([*rings, tip, core]), "frosting", icing)
    if a.maybe("cherry", 0.5, "cherries"):
        a.add(sphere(top_r * 0.25, 16, (0, 0, peak + top_r * 0.15)), "cherry", CHERRY, Tier.FIXED)
    if a.maybe("sprinkle", 0.5):
        places: list[tuple[Vec3, float]] = []
        golden = math.pi * (3 - math.sqrt(5))
        for k in range(a.count("sprinkle", 14, 0, 50)):
            ring, thick, centre = tubes[k % len(tubes)]
            theta = k * golden * 5
            phi = math.radians(20 + 60 * ((k * 0.618) % 1.0))
            rr = ring + thick * math.cos(phi)
            lift = centre + 0.8 * thick * math.sin(phi) - 0.0005
            places.append(((rr * math.cos(theta), rr * math.sin(theta), lift), a.between(0, 180)))
        sprinkles(a, places, top_r * 0.2, top_r * 0.045, CANDY)


TEMPLATE = Template(
    "cupcake",
    build_cupcake,
    0.07,
    description="a small cake in a pleated paper cup topped with a swirl of frosting",
    synonyms=("cup cake", "fairy cake", "muffin"),
    kinds=("frosted cupcake", "red velvet cupcake"),
    parts=("case", "cake", "frosting", "cherry", "sprinkle"),
    aliases={"wrapper": "case", "liner": "case", "icing": "frosting", "cream": "frosting"},
)
