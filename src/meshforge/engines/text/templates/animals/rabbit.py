"""A sitting rabbit: round body and haunches, long ears, a pink nose and a fluffy tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import capsule, ellipsoid, on_sphere, sink_depth, sphere

RABBITS: tuple[RGB, ...] = (
    (245, 243, 238),
    (150, 150, 150),
    (160, 120, 85),
    (210, 180, 140),
    (90, 75, 65),
)


PINK: RGB = (240, 160, 170)


def build_rabbit(a: Assembly) -> None:
    """A sitting rabbit: round body and haunches, long ears, a pink nose and a fluffy tail."""
    size, fur = a.vary(0.3, 0.1), a.pick(RABBITS)
    body = (0.0, size * 0.05, size * 0.3)
    a.add(
        ellipsoid((size * 0.3, size * 0.36, size * 0.32), a.segments(size * 0.3), body), "body", fur
    )
    head_r = size * a.vary(0.21, 0.08)
    head = (0.0, -size * 0.22, size * 0.68)
    a.add(sphere(head_r, a.segments(head_r), head), "head", fur)
    a.add(
        capsule((0, -size * 0.05, size * 0.45), head, size * 0.15, a.segments(size * 0.15)),
        "body",
        fur,
    )
    lop = a.mentions("lop", "floppy")
    for side in (-1, 1):
        base = (side * head_r * 0.45, head[1] + head_r * 0.2, head[2] + head_r * 0.7)
        ear_len = size * a.vary(0.36, 0.1)
        ear = ellipsoid((size * 0.06, size * 0.025, ear_len / 2), a.segments(size * 0.06))
        inner = ellipsoid((size * 0.035, size * 0.012, ear_len * 0.4), a.segments(size * 0.04))
        inner = inner.translate((0, -size * 0.018, 0))
        tilt = (0, side * (100 if lop else a.between(8, 22)), 0)
        lift = ear_len / 2 * 0.85
        for solid, role, color, tier in (
            (ear, "ear", fur, Tier.PRIMARY),
            (inner, "inner ear", PINK, Tier.FIXED),
        ):
            a.add(solid.translate((0, 0, lift)).rotate(tilt).translate(base), role, color, tier)
        haunch = ellipsoid((size * 0.13, size * 0.25, size * 0.2), a.segments(size * 0.1))
        a.add(haunch.translate((side * size * 0.24, size * 0.12, size * 0.2)), "body", fur)
        foot = ellipsoid((size * 0.07, size * 0.2, size * 0.05), a.segments(size * 0.05))
        a.add(foot.translate((side * size * 0.22, -size * 0.05, size * 0.05)), "foot", fur)
        paw = capsule(
            (side * size * 0.1, -size * 0.2, size * 0.35),
            (side * size * 0.1, -size * 0.27, size * 0.04),
            size * 0.05,
            a.segments(size * 0.05),
        )
        a.add(paw, "foot", fur)
        depth = sink_depth(head_r, a.segments(head_r), head_r * 0.12)
        eye = on_sphere(head, head_r, side * 40, 15, depth)
        a.add(sphere(head_r * 0.12, a.segments(head_r * 0.12), eye), "eye", EYE, Tier.FIXED)
        cheek = on_sphere(head, head_r, side * 22, -22, head_r * 0.35)
        a.add(sphere(head_r * 0.38, a.segments(head_r * 0.2), cheek), "head", fur)
    nose = on_sphere(head, head_r, 0, -5, head_r * 0.04)
    a.add(
        ellipsoid((head_r * 0.14, head_r * 0.1, head_r * 0.1), a.segments(head_r * 0.14), nose),
        "nose",
        PINK,
        Tier.FIXED,
    )
    if a.wants("tail"):
        a.add(
            sphere(size * 0.08, a.segments(size * 0.08), (0, size * 0.4, size * 0.2)),
            "tail",
            (250, 250, 248),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "rabbit",
    build_rabbit,
    0.4,
    description="a small furry animal with long ears",
    synonyms=("bunny", "hare", "easter bunny", "bunny rabbit", "lop rabbit"),
    kinds=(
        "jackrabbit",
        "cottontail",
        "holland lop",
        "dwarf rabbit",
        "lop eared rabbit",
        "pet rabbit",
    ),
    parts=("body", "head", "ear", "inner ear", "eye", "nose", "foot", "tail"),
    aliases={"fur": "body", "paw": "foot", "feet": "foot"},
    kinds_in_wordnet=("rabbit",),
)
