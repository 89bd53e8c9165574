"""A sitting teddy bear: round body and head, ears, muzzle, paws with pads."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import COAL
from meshforge.engines.text.kit.solids import capsule, ellipsoid, on_sphere, rod, sink_depth, sphere

SCARVES: tuple[RGB, ...] = ((200, 35, 40), (40, 110, 60), (40, 80, 170), (240, 180, 40))


FURS: tuple[RGB, ...] = ((150, 100, 60), (190, 140, 90), (120, 80, 50), (220, 200, 170))


MUZZLE: RGB = (230, 205, 165)


def build_teddy_bear(a: Assembly) -> None:
    """A sitting teddy bear: round body and head, ears, muzzle, paws with pads."""
    fur = a.pick(FURS)
    body_r, head_r = a.vary(0.12, 0.1), a.vary(0.1, 0.1)
    body = (0.0, 0.0, body_r * 1.15)
    a.add(ellipsoid((body_r, body_r * 0.9, body_r * 1.2), a.segments(body_r), body), "body", fur)
    head = (0.0, -body_r * 0.1, body[2] + body_r * 1.1 + head_r * 0.8)
    a.add(sphere(head_r, a.segments(head_r), head), "body", fur)
    for side in (-1, 1):
        ear = (side * head_r * 0.72, head[1] + head_r * 0.1, head[2] + head_r * 0.7)
        a.add(sphere(head_r * 0.32, a.segments(head_r * 0.32), ear), "ear", fur)
        inner = ellipsoid((head_r * 0.2, head_r * 0.08, head_r * 0.2), a.segments(head_r * 0.2))
        a.add(
            inner.translate((ear[0], ear[1] - head_r * 0.22, ear[2])),
            "muzzle",
            MUZZLE,
            Tier.SECONDARY,
        )
        a.add(
            sphere(
                head_r * 0.09,
                a.segments(head_r * 0.09),
                on_sphere(
                    head,
                    head_r,
                    side * 28,
                    18,
                    sink_depth(head_r, a.segments(head_r), head_r * 0.09),
                ),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
        shoulder = (side * body_r * 0.75, body[1] - body_r * 0.1, body[2] + body_r * 0.65)
        paw = (side * body_r * 1.05, body[1] - body_r * 0.75, body[2] - body_r * 0.05)
        a.add(capsule(shoulder, paw, body_r * 0.3, a.segments(body_r * 0.3)), "arm", fur)
        hip = (side * body_r * 0.55, body[1] - body_r * 0.2, body_r * 0.45)
        foot = (side * body_r * 0.7, body[1] - body_r * 1.25, body_r * 0.35)
        a.add(capsule(hip, foot, body_r * 0.36, a.segments(body_r * 0.36)), "leg", fur)
        pad = ellipsoid((body_r * 0.26, body_r * 0.06, body_r * 0.28), a.segments(body_r * 0.26))
        a.add(
            pad.translate((foot[0], foot[1] - body_r * 0.33, foot[2])),
            "pad",
            MUZZLE,
            Tier.SECONDARY,
        )
    muzzle = ellipsoid((head_r * 0.45, head_r * 0.35, head_r * 0.35), a.segments(head_r * 0.45))
    snout = on_sphere(head, head_r, 0, -20, head_r * 0.2)
    a.add(muzzle.translate(snout), "muzzle", MUZZLE, Tier.SECONDARY)
    nose = ellipsoid((head_r * 0.14, head_r * 0.1, head_r * 0.1), a.segments(head_r * 0.14))
    a.add(
        nose.translate((snout[0], snout[1] - head_r * 0.33, snout[2] + head_r * 0.1)),
        "nose",
        COAL,
        Tier.FIXED,
    )
    if a.maybe("bow", 0.4):
        knot = (0.0, head[1] - head_r * 0.55, head[2] - head_r * 0.95)
        color = a.pick(SCARVES)
        for side in (-1, 1):
            wing = rod(knot, (side * head_r * 0.45, knot[1], knot[2]), 0.0, 8, head_r * 0.22)
            a.add(wing, "bow", color, Tier.FIXED)
        a.add(sphere(head_r * 0.1, 8, knot), "bow", color, Tier.FIXED)


TEMPLATE = Template(
    "teddy bear",
    build_teddy_bear,
    0.45,
    description="a soft stuffed toy bear",
    synonyms=("teddy", "bear", "teddybear", "plush bear", "stuffed bear"),
    kinds=(
        "plush toy",
        "soft toy bear",
        "stuffed animal",
        "soft toy",
        "cuddly toy",
        "stuffed toy",
        "plush animal",
        "stuffed teddy",
    ),
    parts=("body", "ear", "eye", "muzzle", "nose", "arm", "leg", "pad", "bow"),
    aliases={"snout": "muzzle", "paw": "pad", "fur": "body", "head": "body", "bowtie": "bow"},
)
