"""A dragon: a scaly four-legged body, bat wings, a horned head on a long neck, spiked tail."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import IVORY, membrane_wing, plan_blade, spindle
from meshforge.engines.text.kit.saurians import ALIASES, PARTS, snout_head, spikes, tail
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

SCALES: tuple[tuple[RGB, RGB], ...] = (  # body, wings and spines
    ((180, 40, 35), (120, 30, 30)),
    ((50, 120, 60), (190, 170, 80)),
    ((60, 70, 140), (40, 45, 90)),
    ((40, 38, 42), (150, 30, 30)),
    ((200, 160, 50), (170, 110, 40)),
)
BELLY: RGB = (225, 200, 140)


def _leg(a: Assembly, at: Vec3, z: float, r: float, front: bool) -> list[Manifold]:
    """A muscular leg: thigh into the body, shin down to a clawed foot."""
    x, y, _ = at
    knee: Vec3 = (x * 1.15, y + (-r if front else r * 1.5), z * 0.45)
    foot: Vec3 = (x * 1.15, y, r * 0.6)
    return [
        spindle((x, y, z), knee, r * 1.5, a.segments(r)),
        capsule(knee, foot, r * 0.8, a.segments(r), r * 0.6),
        ellipsoid((r, r * 1.4, r * 0.5), a.segments(r), (foot[0], foot[1] - r * 0.6, r * 0.5)),
    ]


def build_dragon(a: Assembly) -> None:
    """A dragon: a scaly four-legged body, bat wings, a horned head on a long neck, spiked tail."""
    size = a.vary(1.0, 0.08)
    skin, accent = a.pick(SCALES)
    r = 0.6 * size
    z = r * 1.9
    a.add(
        ellipsoid((r * 0.9, r * 1.7, r * 0.85), a.segments(r), (0, 0, z)).rotate((6, 0, 0)),
        "body",
        skin,
    )
    a.add(
        ellipsoid((r * 0.7, r * 1.45, r * 0.55), a.segments(r), (0, -r * 0.1, z - r * 0.4)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    legs = []
    for side in (-1, 1):
        legs += _leg(a, (side * r * 0.6, -r * 1.0, z - r * 0.2), z - r * 0.2, r * 0.22, True)
        legs += _leg(a, (side * r * 0.65, r * 1.0, z - r * 0.1), z - r * 0.1, r * 0.28, False)
    a.add(union(legs), "leg", skin)
    head: Vec3 = (0.0, -r * 2.6, z + r * 2.3)
    neck: list[Vec3] = [
        (0.0, -r * 1.3, z + r * 0.3),
        (0.0, -r * 2.0, z + r * 1.0),
        (0.0, -r * 2.3, z + r * 1.8),
        head,
    ]
    a.add(tube(neck, r * 0.4, a.segments(r * 0.4), r * 0.3), "neck", skin)
    snout_head(a, head, r * 0.95, r * 0.38, r * 0.33, skin, teeth=4)
    if a.wants("horn"):
        horns = []
        for side in (-1, 1):
            horn = [
                (side * r * 0.2, head[1] + r * 0.1, head[2] + r * 0.25),
                (side * r * 0.35, head[1] + r * 0.55, head[2] + r * 0.5),
                (side * r * 0.4, head[1] + r * 0.95, head[2] + r * 0.55),
            ]
            horns.append(tube(horn, r * 0.09, 10, r * 0.015))
        a.add(union(horns), "horn", IVORY, Tier.FIXED)
    tip = tail(a, (0, r * 1.5, z + r * 0.1), r * 3.6, r * 0.42, r * 1.5, skin, sway=0.3)
    spade = plan_blade(
        [(0.0, -r * 0.15), (r * 0.3, r * 0.1), (0.0, r * 0.6), (-r * 0.3, r * 0.1)],
        r * 0.06,
        tip[2],
    )
    a.add(spade.translate((tip[0], tip[1], 0.0)), "tail", accent, Tier.SECONDARY)
    if a.wants("spine"):
        ridge = []
        for k in range(7):
            y = -r * 1.3 + k * r * 0.45
            ridge.append(
                (0.0, y, z + r * 0.85 * max(0.0, 1 - (y / (r * 1.7)) ** 2) ** 0.5 - r * 0.05)
            )
        spikes(a, ridge, r * 0.14, accent, "spine", lean=-20)
    if a.wants("wing"):
        outline = membrane_wing(r * a.between(3.0, 3.6), r * 2.0, 4)
        lift = a.between(25, 45)
        for side in (-1, 1):
            wing = plan_blade(outline, r * 0.05).translate((0, -r * 0.3, 0))
            if side < 0:
                wing = wing.mirror((1.0, 0.0, 0.0))
            a.add(
                wing.rotate((0, -side * lift, 0)).translate(
                    (side * r * 0.45, -r * 0.5, z + r * 0.6)
                ),
                "wing",
                accent,
                Tier.SECONDARY,
            )


TEMPLATE = Template(
    "dragon",
    build_dragon,
    2.5,
    description="a fire-breathing mythical winged reptile with horns and a spiked tail",
    synonyms=("dragons", "wyvern", "drake dragon", "fire dragon", "baby dragon"),
    kinds=(
        "ice dragon",
        "wyrm",
        "western dragon",
        "red dragon",
        "green dragon",
        "black dragon",
        "dragon hatchling",
    ),
    not_claimed=("dragon fruit", "dragon boat"),
    parts=(*PARTS, "neck", "horn", "wing", "spine"),
    aliases={**ALIASES, "spikes": "spine"},
)
