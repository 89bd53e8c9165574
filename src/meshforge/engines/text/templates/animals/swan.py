"""A swan afloat: a long white body with arched wings, an S-curved neck, an orange bill."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

WHITE: RGB = (245, 245, 242)
BLACK: RGB = (30, 30, 33)
BILL_ORANGE: RGB = (235, 110, 40)
BILL_RED: RGB = (210, 45, 45)


def build_swan(a: Assembly) -> None:
    """A swan afloat: a long white body with arched wings, an S-curved neck, an orange bill."""
    size = a.vary(1.0, 0.06)
    black = a.mentions("black swan")
    plumage = BLACK if black else WHITE
    core: Vec3 = (0.0, 0.02 * size, 0.16 * size)
    birds.body(a, core, (0.19 * size, 0.36 * size, 0.14 * size), -4, plumage)
    arch = a.between(0.0, 0.05) * size  # how high the wings are held over the back
    wing = ellipsoid((0.11 * size, 0.27 * size, 0.06 * size), a.segments(0.11 * size))
    for side in (-1, 1):
        at = (side * 0.1 * size, 0.1 * size, 0.2 * size + arch)
        a.add(wing.rotate((-14, side * 30, 0)).translate(at), "wing", plumage)
    tail = ellipsoid((0.07 * size, 0.1 * size, 0.04 * size), a.segments(0.07 * size))
    a.add(tail.rotate((-30, 0, 0)).translate((0, 0.37 * size, 0.22 * size)), "tail", plumage)
    r = 0.034 * size
    sway = a.between(-0.03, 0.03) * size
    head: Vec3 = (sway, -0.27 * size, 0.68 * size)
    neck: list[Vec3] = [
        (0.0, -0.24 * size, 0.2 * size),
        (0.0, -0.34 * size, 0.32 * size),
        (sway * 0.5, -0.36 * size, 0.46 * size),
        (sway, -0.26 * size, 0.58 * size),
        (sway, -0.22 * size, 0.66 * size),
        head,
    ]
    a.add(tube(neck, r * 1.25, a.segments(r), r * 0.95), "neck", plumage)
    birds.head(a, head, r * 1.25, plumage, eye_yaw=62, eye=0.14)
    bill = BILL_RED if black else BILL_ORANGE
    base: Vec3 = (head[0], head[1] - r * 0.9, head[2] - r * 0.1)
    birds.cone_beak(a, base, r * 0.5, r * 2.4, 0.45, bill)
    knob = sphere(r * 0.42, a.segments(r * 0.42), (base[0], base[1] + r * 0.05, base[2] + r * 0.3))
    a.add(knob, "knob", BLACK if not black else (235, 235, 230), Tier.FIXED)


TEMPLATE = Template(
    "swan",
    build_swan,
    0.7,
    description="a large white water bird with a long curved neck and an orange bill",
    synonyms=("swans", "mute swan", "black swan", "white swan", "cygnet"),
    kinds=("trumpeter swan",),
    parts=(*birds.PARTS, "neck", "knob"),
    aliases=birds.ALIASES,
)
