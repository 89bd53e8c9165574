"""A flamingo: a pink body high on thin legs (often one up), an S-curved neck, bent beak."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import tube

PINKS: tuple[RGB, ...] = ((245, 140, 160), (240, 120, 140), (250, 160, 170))
BEAK_TIP: RGB = (30, 30, 32)
LEG: RGB = (230, 120, 130)


def build_flamingo(a: Assembly) -> None:
    """A flamingo: a pink body high on thin legs (often one up), an S-curved neck, bent beak."""
    size = a.vary(1.0, 0.06)
    pink = a.pick(PINKS)
    core = (0.0, 0.02 * size, 0.78 * size)
    birds.body(a, core, (0.11 * size, 0.2 * size, 0.1 * size), 8, pink)
    wing = ellipsoid((0.05 * size, 0.17 * size, 0.07 * size), a.segments(0.06 * size))
    for side in (-1, 1):
        a.add(
            wing.rotate((8, 0, 0)).translate((side * 0.07 * size, 0.06 * size, 0.81 * size)),
            "wing",
            pink,
        )
    tail = ellipsoid((0.05 * size, 0.08 * size, 0.03 * size), a.segments(0.05 * size))
    a.add(
        tail.rotate((15, 0, 0)).translate((0, 0.22 * size, 0.82 * size)),
        "tail",
        (40, 35, 38),
        Tier.FIXED,
    )
    r = 0.028 * size
    head: Vec3 = (0.0, -0.12 * size, 1.33 * size)
    neck: list[Vec3] = [
        (0.0, -0.13 * size, 0.82 * size),
        (0.0, -0.2 * size, 0.98 * size),
        (0.0, -0.06 * size, 1.12 * size),
        (0.0, -0.06 * size, 1.25 * size),
        head,
    ]
    a.add(tube(neck, r * 0.75, a.segments(r), r * 0.8), "neck", pink)
    birds.head(a, head, r * 1.2, pink, eye_yaw=60, eye=0.15)
    bend: Vec3 = (0.0, head[1] - r * 2.4, head[2] - r * 0.4)
    a.add(
        capsule((0.0, head[1] - r * 0.6, head[2]), bend, r * 0.5, 12, r * 0.42),
        "beak",
        (245, 235, 225),
        Tier.FIXED,
    )
    a.add(
        capsule(bend, (0.0, bend[1] - r * 0.2, bend[2] - r * 1.6), r * 0.42, 12, r * 0.15),
        "beak tip",
        BEAK_TIP,
        Tier.FIXED,
    )
    one_leg = not a.mentions("two legs") and a.chance(0.6)
    for side in (-1, 1):
        hip: Vec3 = (side * 0.03 * size, 0.04 * size, 0.72 * size)
        if one_leg and side > 0:
            knee: Vec3 = (side * 0.035 * size, 0.02 * size, 0.45 * size)
            a.add(rod(hip, knee, 0.008 * size, 8), "leg", LEG, Tier.FIXED)
            a.add(
                rod(knee, (side * 0.035 * size, 0.25 * size, 0.58 * size), 0.008 * size, 8),
                "leg",
                LEG,
                Tier.FIXED,
            )
            continue
        stand: Vec3 = (0.0 if one_leg else hip[0], 0.04 * size, 0.01)
        knee = ((hip[0] + stand[0]) / 2, 0.05 * size, 0.4 * size)
        a.add(rod(hip, knee, 0.008 * size, 8), "leg", LEG, Tier.FIXED)
        a.add(rod(knee, stand, 0.008 * size, 8), "leg", LEG, Tier.FIXED)
        foot = ellipsoid(
            (0.03 * size, 0.045 * size, 0.008 * size), 12, (stand[0], stand[1] - 0.03 * size, 0.008)
        )
        a.add(foot, "leg", LEG, Tier.FIXED)


TEMPLATE = Template(
    "flamingo",
    build_flamingo,
    1.35,
    description="a tall pink wading bird standing on one thin leg",
    synonyms=("pink flamingo", "flamingos", "lawn flamingo"),
    kinds=("flamingo chick",),
    parts=(*birds.PARTS, "neck", "beak tip"),
    aliases=birds.ALIASES,
    priority=1,
)
