"""A chicken: a plump body, a raised tail, a red comb and wattle, a short beak, yellow legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.creatures import side_blade
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere, sphere

FEATHERS: tuple[RGB, ...] = ((245, 240, 230), (190, 110, 50), (150, 85, 45), (40, 38, 36))
RED: RGB = (215, 35, 35)
ROOSTER_TAIL: RGB = (30, 60, 45)


def build_chicken(a: Assembly) -> None:
    """A chicken: a plump body, a raised tail, a red comb and wattle, a short beak, yellow legs."""
    size = a.vary(1.0, 0.08)
    rooster = a.mentions("rooster", "cockerel")
    coat = a.pick(FEATHERS)
    core = (0.0, 0.02 * size, 0.24 * size)
    birds.body(a, core, (0.1 * size, 0.15 * size, 0.11 * size), -18, coat)
    birds.folded_wings(
        a,
        (0, 0.04 * size, 0.25 * size),
        (0.025 * size, 0.1 * size, 0.07 * size),
        -18,
        0.09 * size,
        coat,
    )
    r = 0.05 * size
    head = (0.0, -0.12 * size, 0.4 * size)
    a.add(
        ellipsoid(
            (0.05 * size, 0.05 * size, 0.08 * size),
            a.segments(0.05 * size),
            (0, -0.1 * size, 0.33 * size),
        ),
        "body",
        coat,
    )
    birds.head(a, head, r, coat, eye_yaw=62, eye=0.14)
    birds.cone_beak(
        a, on_sphere(head, r, 0, -8, r * 0.3), r * 0.28, r * 0.75, 0.25, birds.BEAK_YELLOW
    )
    if a.wants("comb"):
        for k in range(4 if rooster else 3):
            bump = sphere(
                r * (0.3 if rooster else 0.22),
                12,
                (0, head[1] - r * 0.5 + k * r * 0.35, head[2] + r * 0.9),
            )
            a.add(bump, "comb", RED, Tier.FIXED)
        wattle = ellipsoid(
            (r * 0.15, r * 0.2, r * 0.35), 12, (0, head[1] - r * 0.85, head[2] - r * 0.65)
        )
        a.add(wattle, "wattle", RED, Tier.FIXED)
    tail_c = ROOSTER_TAIL if rooster else coat
    height = 0.26 if rooster else 0.16
    for lean in (-0.02, 0.02) if rooster else (0.0,):
        tail = side_blade(
            [
                (0.0, 0.0),
                (0.06 * size, -0.02 * size),
                (0.16 * size, height * size),
                (0.05 * size, height * 0.9 * size),
            ],
            0.025 * size,
        )
        a.add(tail.translate((lean * size, 0.1 * size, 0.24 * size)), "tail", tail_c)
    birds.legs(
        a, (0, 0.03 * size, 0.15 * size), 0.04 * size, 0.008 * size, birds.LEG_YELLOW, 0.04 * size
    )


TEMPLATE = Template(
    "chicken",
    build_chicken,
    0.45,
    description="a plump farm bird with a red comb that lays eggs",
    synonyms=("hen", "rooster", "cockerel", "chook", "poultry"),
    kinds=("bantam", "broody hen", "farm chicken"),
    not_claimed=(
        "chicken nugget",
        "chicken nuggets",
        "fried chicken",
        "roast chicken",
        "chicken wing",
        "chicken leg",
        "chicken drumstick",
        "chicken soup",
    ),
    parts=(*birds.PARTS, "comb", "wattle"),
    aliases=birds.ALIASES,
    priority=1,
    kinds_in_wordnet=("chicken",),
)
