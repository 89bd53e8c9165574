"""A turkey strutting: a round bronze body, its banded tail fanned upright, a red wattle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.fowl import display_fan
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

BRONZES: tuple[RGB, ...] = ((95, 65, 45), (80, 55, 40), (110, 75, 50))
WHITE: RGB = (240, 238, 232)
TAIL_BAND: RGB = (215, 185, 140)
HEAD_SKIN: RGB = (150, 175, 200)
WATTLE: RGB = (200, 35, 40)


def build_turkey(a: Assembly) -> None:
    """A turkey strutting: a round bronze body, its banded tail fanned upright, a red wattle."""
    size = a.vary(1.0, 0.06)
    plumage = WHITE if a.mentions("white turkey", "domestic turkey") else a.pick(BRONZES)
    core: Vec3 = (0.0, 0.0, 0.45 * size)
    birds.body(a, core, (0.2 * size, 0.26 * size, 0.2 * size), -8, plumage)
    breast = ellipsoid((0.16 * size, 0.14 * size, 0.17 * size), a.segments(0.15 * size))
    a.add(breast.translate((0, -0.15 * size, 0.46 * size)), "belly", plumage)
    for side in (-1, 1):  # the wings drooped to the ground as it struts
        wing = ellipsoid((0.04 * size, 0.2 * size, 0.12 * size), a.segments(0.12 * size))
        at = (side * 0.18 * size, 0.02 * size, 0.36 * size)
        a.add(wing.rotate((25, side * 10, 0)).translate(at), "wing", plumage)
    if a.wants("tail"):
        fan = display_fan(a, (0.0, 0.16 * size, 0.5 * size), 0.5 * size, 10, 78)
        a.add(fan.blade(12), "tail", plumage)
        a.add(fan.band(0.86, 0.95, 0.004 * size, 48), "tail band", TAIL_BAND, Tier.SECONDARY)
    r = 0.035 * size
    head: Vec3 = (0.0, -0.27 * size, 0.78 * size)
    neck: list[Vec3] = [(0.0, -0.2 * size, 0.55 * size), (0.0, -0.27 * size, 0.68 * size), head]
    a.add(tube(neck, r * 1.1, a.segments(r), r * 0.85), "neck", HEAD_SKIN, Tier.FIXED)
    birds.head(a, head, r * 1.05, HEAD_SKIN, eye_yaw=60, eye=0.18)
    base: Vec3 = (0.0, head[1] - r * 0.8, head[2] - r * 0.1)
    birds.cone_beak(a, base, r * 0.35, r * 1.1, 0.3, (225, 205, 170))
    if a.wants("wattle"):
        flaps = [
            capsule(
                (0.0, head[1] - r * 0.4, head[2] - r * 0.6),
                (0.0, head[1] - r * 0.2, head[2] - r * 2.6),
                r * 0.45,
                12,
                r * 0.3,
            ),
            capsule(
                (0.0, base[1] - r * 0.1, base[2] + r * 0.35),
                (r * 0.15, base[1] - r * 0.6, base[2] - r * 1.6),
                r * 0.16,
                10,
                r * 0.12,
            ),
        ]
        a.add(union(flaps), "wattle", WATTLE, Tier.FIXED)
    birds.legs(
        a, (0.0, 0.02 * size, 0.3 * size), 0.07 * size, 0.016 * size, (185, 150, 140), 0.08 * size
    )


TEMPLATE = Template(
    "turkey",
    build_turkey,
    1.0,
    description="a big farm bird with a round body, a tail fanned out upright and a red wattle",
    synonyms=("turkeys", "wild turkey", "turkey bird", "gobbler", "tom turkey"),
    kinds=("thanksgiving turkey bird", "domestic turkey", "white turkey"),
    not_claimed=(
        "roast turkey",
        "turkey dinner",
        "thanksgiving turkey",
        "turkey sandwich",
        "turkey leg",
    ),
    parts=(*birds.PARTS, "neck", "wattle", "tail band"),
    aliases={**birds.ALIASES, "snood": "wattle", "fan": "tail"},
)
