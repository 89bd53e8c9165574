"""A dodo: a plump grey flightless bird on stout yellow legs, a bald face, a big hooked beak,
stubby wings and a curly white tuft of a tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.solids import ellipsoid, sphere, union

FEATHERS: tuple[RGB, ...] = ((135, 130, 125), (120, 115, 110), (150, 140, 130))
BEAK: RGB = (200, 190, 120)
TUFT: RGB = (240, 235, 225)


def build_dodo(a: Assembly) -> None:
    """A dodo: a plump grey body on stout legs, a big hooked beak, stubby wings, a white tuft."""
    size = a.vary(1.0, 0.08)
    feathers = a.pick(FEATHERS)
    core = (0.0, 0.0, 0.33 * size)
    birds.body(a, core, (0.17 * size, 0.22 * size, 0.18 * size), -10, feathers)
    neck = (0.0, -0.15 * size, 0.5 * size)
    a.add(ellipsoid((0.08 * size, 0.08 * size, 0.12 * size), 20, neck), "body", feathers)
    r = 0.085 * size
    head = (0.0, -0.19 * size, 0.6 * size)
    birds.head(a, head, r, (175, 170, 150), eye_yaw=60, eye=0.13)
    beak_at = (0.0, head[1] - r * 0.6, head[2] - r * 0.05)
    birds.hooked_beak(a, beak_at, r * 0.42, r * 2.0, BEAK)
    birds.folded_wings(
        a,
        (0, 0.0, 0.38 * size),
        (0.03 * size, 0.09 * size, 0.06 * size),
        -20,
        0.16 * size,
        feathers,
    )
    tuft = [
        sphere(0.045 * size, 14, (dx * size, 0.22 * size, (0.42 + dz) * size))
        for dx, dz in ((0.0, 0.04), (-0.03, 0.0), (0.03, 0.0), (0.0, -0.03))
    ]
    a.add(union(tuft), "tail", TUFT, Tier.SECONDARY)
    birds.legs(
        a, (0.0, 0.02 * size, 0.2 * size), 0.07 * size, 0.022 * size, birds.LEG_YELLOW, 0.06 * size
    )


TEMPLATE = Template(
    "dodo",
    build_dodo,
    0.7,
    description="an extinct plump grey flightless bird with a big hooked beak and stubby wings",
    synonyms=("dodo bird", "dodos"),
    kinds=("mauritius dodo",),
    parts=birds.PARTS,
    aliases=birds.ALIASES,
)
