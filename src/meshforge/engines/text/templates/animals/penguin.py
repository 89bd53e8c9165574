"""A standing penguin: black back, white front, orange beak and feet, flippers at its sides."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import capsule, ellipsoid, on_sphere, rod, sink_depth, sphere

PENGUIN_BLACK: RGB = (30, 32, 38)


PENGUIN_WHITE: RGB = (245, 245, 240)


ORANGE: RGB = (245, 140, 30)


GOLD_PATCH: RGB = (250, 200, 60)


def build_penguin(a: Assembly) -> None:
    """A standing penguin: black back, white front, orange beak and feet, flippers at its sides."""
    height = a.vary(0.6, 0.12)
    emperor = a.mentions("emperor", "king") or a.chance(0.3)
    body = (0.0, 0.0, height * 0.42)
    a.add(
        ellipsoid((height * 0.22, height * 0.2, height * 0.4), a.segments(height * 0.22), body),
        "body",
        PENGUIN_BLACK,
    )
    front = ellipsoid((height * 0.18, height * 0.12, height * 0.34), a.segments(height * 0.18))
    a.add(
        front.translate((0, -height * 0.1, height * 0.38)), "belly", PENGUIN_WHITE, Tier.SECONDARY
    )
    head_r = height * 0.13
    head = (0.0, -height * 0.02, height * 0.84)
    a.add(sphere(head_r, a.segments(head_r), head), "head", PENGUIN_BLACK)
    face = ellipsoid((head_r * 0.7, head_r * 0.45, head_r * 0.55), a.segments(head_r * 0.7))
    a.add(
        face.translate((0, head[1] - head_r * 0.6, head[2] - head_r * 0.15)),
        "belly",
        PENGUIN_WHITE,
        Tier.SECONDARY,
    )
    beak_base = on_sphere(head, head_r, 0, -10, head_r * 0.3)
    tip = (0.0, beak_base[1] - head_r * 0.9, beak_base[2] - head_r * 0.15)
    a.add(rod(beak_base, tip, head_r * 0.2, 12, head_r * 0.03), "beak", ORANGE, Tier.FIXED)
    depth = sink_depth(head_r, a.segments(head_r), head_r * 0.1)
    for side in (-1, 1):
        eye = on_sphere(head, head_r, side * 35, 20, depth)
        a.add(sphere(head_r * 0.1, a.segments(head_r * 0.1), eye), "eye", EYE, Tier.FIXED)
        if emperor:
            patch = ellipsoid(
                (head_r * 0.25, head_r * 0.4, head_r * 0.35), a.segments(head_r * 0.3)
            )
            a.add(
                patch.translate((side * head_r * 0.8, head[1], head[2] - head_r * 0.45)),
                "patch",
                GOLD_PATCH,
                Tier.FIXED,
            )
        flipper = ellipsoid(
            (height * 0.03, height * 0.08, height * 0.22), a.segments(height * 0.08)
        )
        a.add(
            flipper.rotate((0, side * 18, 0)).translate((side * height * 0.21, 0, height * 0.45)),
            "flipper",
            PENGUIN_BLACK,
        )
        # a short leg into the body holds the foot on at any resolution
        leg = capsule(
            (side * height * 0.08, -height * 0.06, height * 0.03),
            (side * height * 0.08, 0, height * 0.14),
            height * 0.03,
            8,
        )
        a.add(leg, "foot", ORANGE, Tier.FIXED)
        foot = ellipsoid((height * 0.06, height * 0.1, height * 0.025), a.segments(height * 0.08))
        a.add(
            foot.translate((side * height * 0.08, -height * 0.1, height * 0.03)),
            "foot",
            ORANGE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "penguin",
    build_penguin,
    0.6,
    description="a black and white bird that swims but cannot fly",
    synonyms=("penguin chick",),
    parts=("body", "belly", "head", "beak", "eye", "patch", "flipper", "foot"),
    aliases={"wing": "flipper", "bill": "beak", "feet": "foot", "chest": "belly"},
    kinds_in_wordnet=("penguin",),
)
