"""A fighter jet: a slim pointed fuselage, a bubble canopy, swept delta wings and twin fins."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, lathe, prism, rod
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.vehicles import TYRE

GREYS: tuple[RGB, ...] = ((150, 156, 165), (120, 126, 134), (95, 105, 85), (60, 64, 72))
CANOPY: RGB = (60, 80, 110)
NOZZLE: RGB = (55, 55, 60)


def build_fighter_jet(a: Assembly) -> None:
    """A fighter jet: a slim pointed fuselage, a bubble canopy, swept delta wings and twin fins."""
    length = a.vary(16.0, 0.08)
    r = length * a.between(0.05, 0.06)
    span = length * a.between(0.6, 0.7)
    gear = r * 1.4
    z = gear + r
    paint = a.pick(GREYS)
    profile = [(0.0, 0.0), (r * 0.8, 0.0), (r, length * 0.1), (r, length * 0.55)]
    for k in range(1, 9):
        t = k / 8
        profile.append((max(r * (1 - t**1.6), r * 0.02), length * (0.55 + 0.45 * t)))
    profile.append((0.0, length))
    body = lathe(profile, a.segments(r)).rotate((90, 0, 0)).translate((0, length / 2, z))
    a.add(body, "fuselage", paint)
    a.add(
        ellipsoid(
            (r * 0.6, length * 0.12, r * 0.7), a.segments(r), (0, -length * 0.2, z + r * 0.55)
        ),
        "canopy",
        CANOPY,
        Tier.FIXED,
    )
    wing = [
        (0, -length * 0.12),
        (span / 2, length * 0.25),
        (span / 2, length * 0.33),
        (0, length * 0.33),
        (-span / 2, length * 0.33),
        (-span / 2, length * 0.25),
    ]
    a.add(prism(wing, r * 0.15, (0, 0, z - r * 0.2)), "wing", paint)
    tail = [
        (0, length * 0.3),
        (span * 0.22, length * 0.45),
        (span * 0.22, length * 0.5),
        (-span * 0.22, length * 0.5),
        (-span * 0.22, length * 0.45),
    ]
    a.add(prism(tail, r * 0.12, (0, 0, z - r * 0.1)), "wing", paint)
    for sx in (-1, 1):
        fin = face_prism(
            [(0.0, 0.0), (r * 0.12, 0.0), (r * 0.12, r * 2.2), (0.0, r * 2.2)], length * 0.12
        )
        fin = Manifold.batch_hull(
            [
                fin.translate((0, length * 0.42, 0)),
                fin.scale((1, 0.4, 1)).translate((0, length * 0.46 + length * 0.03, r * 0.2)),
            ]
        )
        a.add(fin.rotate((0, sx * 15, 0)).translate((sx * r * 0.6, 0, z + r * 0.5)), "fin", paint)
    a.add(
        rod((0, length / 2 - 0.05, z), (0, length / 2 + r * 0.5, z), r * 0.7, a.segments(r)),
        "nozzle",
        NOZZLE,
        Tier.FIXED,
    )
    for x, y in ((0, -length * 0.3), (-r * 1.5, length * 0.12), (r * 1.5, length * 0.12)):
        a.add(rod((x, y, z - r * 0.1), (x, y, gear * 0.5), r * 0.1, 8), "gear", NOZZLE, Tier.FIXED)
        a.add(
            rod((x - r * 0.2, y, gear * 0.5), (x + r * 0.2, y, gear * 0.5), gear * 0.5, 16),
            "gear",
            TYRE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "fighter jet",
    build_fighter_jet,
    4.5,
    description="a fast military jet plane with a pointed nose, a bubble canopy and swept wings",
    synonyms=(
        "jet fighter",
        "fighter plane",
        "fighter aircraft",
        "military jet",
        "warplane",
        "combat jet",
        "stealth fighter",
    ),
    kinds=("top gun jet", "raptor jet", "mig fighter", "stealth jet"),
    parts=("fuselage", "canopy", "wing", "fin", "nozzle", "gear"),
    aliases={
        "body": "fuselage",
        "cockpit": "canopy",
        "wings": "wing",
        "tail": "fin",
        "engine": "nozzle",
        "wheels": "gear",
    },
)
