"""A phoenix: a fiery bird with wings flung wide, a crest and long flame-like tail plumes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, on_sphere
from meshforge.engines.text.kit.sweeps import tube

FLAMES: tuple[RGB, ...] = ((235, 70, 30), (245, 130, 30), (250, 200, 50))


def build_phoenix(a: Assembly) -> None:
    """A phoenix: a fiery bird with wings flung wide, a crest and long flame-like tail plumes."""
    size = a.vary(1.0, 0.08)
    red, orange, yellow = FLAMES
    core = (0.0, 0.0, 0.55 * size)
    birds.body(a, core, (0.1 * size, 0.2 * size, 0.11 * size), 50, red)
    r = 0.065 * size
    head = (0.0, -0.12 * size, 0.75 * size)
    birds.head(a, head, r, red, eye_yaw=50, eye=0.16)
    a.add(spindle((0.0, 0.0, 0.58 * size), head, r * 0.9, a.segments(r)), "body", red)
    birds.hooked_beak(a, on_sphere(head, r, 0, 0, r * 0.3), r * 0.28, r * 1.0, birds.BEAK_YELLOW)
    crest = []
    for k in range(3):
        crest.append(
            tube(
                [
                    (0.0, head[1] + r * 0.2 * k, head[2] + r * 0.8),
                    (0.0, head[1] + r * (0.8 + 0.5 * k), head[2] + r * (1.8 - 0.2 * k)),
                    (0.0, head[1] + r * (1.6 + 0.6 * k), head[2] + r * (2.2 - 0.4 * k)),
                ],
                r * 0.12,
                10,
                r * 0.03,
            )
        )
    for piece in crest:
        a.add(piece, "crest", yellow, Tier.SECONDARY)
    if a.wants("wing"):
        birds.spread_wings(
            a,
            (0.06 * size, -0.02 * size, 0.62 * size),
            0.75 * size,
            0.3 * size,
            orange,
            a.between(30, 50),
            7,
        )
    if a.wants("tail"):
        for k, color in enumerate((red, orange, yellow, orange, red)):
            spread = (k - 2) * 0.09 * size
            plume: list[Vec3] = [
                (0.0, 0.07 * size, 0.46 * size),
                (spread * 0.5, 0.35 * size, 0.3 * size),
                (spread, 0.6 * size, 0.25 * size + abs(k - 2) * 0.04 * size),
                (spread * 1.3, 0.85 * size, 0.35 * size),
            ]
            a.add(tube(plume, 0.025 * size, 12, 0.012 * size), "tail", color, Tier.SECONDARY)


TEMPLATE = Template(
    "phoenix",
    build_phoenix,
    1.0,
    description="a mythical fire bird with flaming red and gold feathers",
    synonyms=("firebird", "fire bird", "fenix"),
    kinds=("fawkes", "sun bird", "flame bird"),
    parts=(*birds.PARTS, "crest"),
    aliases={**birds.ALIASES, "flames": "tail", "plumes": "tail"},
)
