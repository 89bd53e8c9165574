"""An eagle: dark body, white head and tail, hooked yellow beak, wings spread or folded."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere

PLUMAGES: tuple[tuple[RGB, RGB], ...] = (  # body and wings, head and tail
    ((75, 50, 35), (245, 245, 240)),  # bald eagle
    ((110, 75, 45), (165, 120, 70)),  # golden eagle
    ((95, 70, 50), (200, 180, 150)),
)


def build_eagle(a: Assembly) -> None:
    """An eagle: dark body, white head and tail, hooked yellow beak, wings spread or folded."""
    size = a.vary(1.0, 0.08)
    dark, light = PLUMAGES[0] if a.mentions("bald", "american") else a.pick(PLUMAGES)
    soaring = a.mentions("flying", "soaring", "spread", "wings spread", "flight") or (
        not a.mentions("perched", "sitting", "perching") and a.chance(0.6)
    )
    core = (0.0, 0.0, 0.3 * size)
    birds.body(a, core, (0.12 * size, 0.22 * size, 0.13 * size), 45, dark)
    r = 0.075 * size
    head = (0.0, -0.13 * size, 0.52 * size)
    birds.head(a, head, r, light, eye_yaw=48, eye=0.16)
    neck_from = (0.0, -0.08 * size, 0.4 * size)
    a.add(spindle(neck_from, head, r * 1.0, a.segments(r)), "head", light)
    birds.hooked_beak(a, on_sphere(head, r, 0, 0, r * 0.3), r * 0.3, r * 1.3, birds.BEAK_YELLOW)
    if soaring and a.wants("wing"):
        birds.spread_wings(a, (0.07 * size, 0.0, 0.36 * size), 0.85 * size, 0.3 * size, dark, 22, 7)
    else:
        birds.folded_wings(
            a,
            (0, 0.03 * size, 0.3 * size),
            (0.035 * size, 0.2 * size, 0.11 * size),
            50,
            0.1 * size,
            dark,
        )
    birds.fan_tail(a, (0, 0.09 * size, 0.21 * size), 0.2 * size, 0.16 * size, -35, light)
    birds.legs(
        a, (0, 0.03 * size, 0.2 * size), 0.05 * size, 0.014 * size, birds.LEG_YELLOW, 0.045 * size
    )
    trousers = ellipsoid((0.035 * size, 0.04 * size, 0.06 * size), a.segments(0.04 * size))
    for side in (-1, 1):
        a.add(trousers.translate((side * 0.05 * size, 0.02 * size, 0.17 * size)), "body", dark)


TEMPLATE = Template(
    "eagle",
    build_eagle,
    0.8,
    description="a large bird of prey with a hooked beak and broad wings",
    synonyms=("bald eagle", "golden eagle", "hawk", "falcon"),
    kinds=(
        "harpy eagle",
        "osprey",
        "condor",
        "vulture",
        "buzzard",
        "kite bird",
        "raptor bird",
        "bird of prey",
    ),
    parts=birds.PARTS,
    aliases=birds.ALIASES,
    priority=1,
    kinds_in_wordnet=("eagle", "hawk", "falcon"),
)
