"""An ostrich: a big black-and-white feathered body high on long bare legs, a long thin neck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

FEATHERS: tuple[RGB, ...] = ((35, 32, 32), (45, 40, 38), (120, 105, 90))
PLUME: RGB = (240, 238, 230)
SKIN: tuple[RGB, ...] = ((215, 170, 160), (190, 160, 150), (170, 165, 160))


def build_ostrich(a: Assembly) -> None:
    """An ostrich: a big black-and-white body high on long bare legs, a long thin neck."""
    size = a.vary(1.0, 0.06)
    plumage, skin = a.pick(FEATHERS), a.pick(SKIN)
    core: Vec3 = (0.0, 0.05 * size, 1.15 * size)
    birds.body(a, core, (0.3 * size, 0.45 * size, 0.28 * size), -6, plumage)
    if a.wants("wing"):
        for side in (-1, 1):
            plume = ellipsoid((0.07 * size, 0.25 * size, 0.15 * size), a.segments(0.15 * size))
            at = (side * 0.27 * size, 0.22 * size, 1.12 * size)
            a.add(plume.rotate((-20, side * 12, 0)).translate(at), "wing", PLUME, Tier.SECONDARY)
    tail = ellipsoid((0.15 * size, 0.14 * size, 0.12 * size), a.segments(0.14 * size))
    a.add(tail.translate((0, 0.48 * size, 1.22 * size)), "tail", PLUME, Tier.SECONDARY)
    r = 0.035 * size
    head: Vec3 = (0.0, -0.5 * size, 2.2 * size)
    neck: list[Vec3] = [
        (0.0, -0.32 * size, 1.25 * size),
        (0.0, -0.42 * size, 1.6 * size),
        (0.0, -0.43 * size, 1.95 * size),
        head,
    ]
    a.add(tube(neck, r * 1.5, a.segments(r), r), "neck", skin, Tier.FIXED)
    birds.head(a, head, r * 1.9, skin, eye_yaw=55, eye=0.28)
    birds.cone_beak(
        a, (0.0, head[1] - r * 1.3, head[2] - r * 0.4), r * 0.6, r * 2.2, 0.15, (200, 180, 160)
    )
    for side in (-1, 1):
        hip: Vec3 = (side * 0.16 * size, 0.1 * size, 1.05 * size)
        knee: Vec3 = (side * 0.17 * size, 0.0, 0.62 * size)
        a.add(spindle(hip, knee, 0.09 * size, a.segments(0.09 * size)), "leg", skin, Tier.FIXED)
        ankle: Vec3 = (side * 0.16 * size, 0.06 * size, 0.05 * size)
        toes = [
            capsule(knee, ankle, 0.035 * size, 12, 0.03 * size),
            capsule(
                ankle,
                (side * 0.17 * size, -0.14 * size, 0.025 * size),
                0.03 * size,
                10,
                0.02 * size,
            ),
            capsule(
                ankle,
                (side * 0.22 * size, -0.08 * size, 0.02 * size),
                0.02 * size,
                10,
                0.015 * size,
            ),
        ]
        a.add(union(toes), "leg", skin, Tier.FIXED)


TEMPLATE = Template(
    "ostrich",
    build_ostrich,
    2.3,
    description="a huge flightless bird with a long bare neck and long strong legs",
    synonyms=("ostriches", "emu", "emus", "rhea"),
    kinds=("baby ostrich", "ostrich chick", "cassowary"),
    not_claimed=("ostrich egg", "ostrich feather"),
    parts=(*birds.PARTS, "neck"),
    aliases=birds.ALIASES,
)
