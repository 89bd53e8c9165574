"""Small round animal templates: frog, penguin, rabbit (head towards the front)."""

from __future__ import annotations

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    capsule,
    ellipsoid,
    on_sphere,
    rod,
    sink_depth,
    sphere,
)

EYE: RGB = (20, 20, 22)
FROGS: tuple[RGB, ...] = ((80, 160, 60), (110, 170, 50), (60, 130, 70), (150, 160, 60))
BELLY: RGB = (225, 225, 170)
PENGUIN_BLACK: RGB = (30, 32, 38)
PENGUIN_WHITE: RGB = (245, 245, 240)
ORANGE: RGB = (245, 140, 30)
GOLD_PATCH: RGB = (250, 200, 60)
RABBITS: tuple[RGB, ...] = (
    (245, 243, 238),
    (150, 150, 150),
    (160, 120, 85),
    (210, 180, 140),
    (90, 75, 65),
)
PINK: RGB = (240, 160, 170)


def build_frog(a: Assembly) -> None:
    """A sitting frog: a squat body, bulging eyes on top, folded hind legs and webbed feet."""
    size, skin = a.vary(0.1, 0.12), a.pick(FROGS)
    # a frog is all round parts of similar size: a fixed budget below the full one keeps it fast
    big, small = a.segments(size * 0.1), a.segments(size * 0.05)
    body = (0.0, 0.0, size * 0.42)
    shape = ellipsoid((size * 0.55, size * 0.62, size * 0.4), big).rotate((-22, 0, 0))
    a.add(shape.translate(body), "body", skin)
    belly = ellipsoid((size * 0.42, size * 0.45, size * 0.3), big).rotate((-22, 0, 0))
    a.add(belly.translate((0, -size * 0.12, size * 0.32)), "belly", BELLY, Tier.SECONDARY)
    head = (0.0, -size * 0.38, size * 0.62)
    a.add(
        ellipsoid((size * 0.5, size * 0.38, size * 0.28), big, head),
        "body",
        skin,
    )
    for side in (-1, 1):
        eye_at = (side * size * 0.3, head[1] + size * 0.02, head[2] + size * 0.2)
        bulge = size * 0.16
        a.add(sphere(bulge, small, eye_at), "eye", skin)
        pupil_r = bulge * 0.55
        spot = on_sphere(eye_at, bulge, side * 25, 10, sink_depth(bulge, small, pupil_r))
        a.add(sphere(pupil_r, a.segments(pupil_r * 0.5), spot), "pupil", EYE, Tier.FIXED)
        thigh = ellipsoid((size * 0.18, size * 0.38, size * 0.2), small).rotate((0, 0, side * -15))
        a.add(thigh.translate((side * size * 0.5, size * 0.12, size * 0.2)), "leg", skin)
        foot = ellipsoid((size * 0.2, size * 0.3, size * 0.05), small).rotate((0, 0, side * 20))
        a.add(foot.translate((side * size * 0.6, -size * 0.1, size * 0.05)), "foot", skin)
        shoulder = (side * size * 0.32, -size * 0.35, size * 0.35)
        hand = (side * size * 0.38, -size * 0.55, size * 0.04)
        a.add(capsule(shoulder, hand, size * 0.07, small), "leg", skin)
        palm = ellipsoid((size * 0.12, size * 0.12, size * 0.04), small)
        a.add(palm.translate((hand[0], hand[1] - size * 0.05, size * 0.04)), "foot", skin)
    mouth = ellipsoid((size * 0.36, size * 0.05, size * 0.02), small)
    a.add(
        mouth.translate((0, head[1] - size * 0.31, head[2] - size * 0.09)),
        "mouth",
        (60, 40, 40),
        Tier.FIXED,
    )


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


TEMPLATES = (
    Template(
        "frog",
        build_frog,
        0.1,
        synonyms=("toad", "bullfrog", "froggy"),
        parts=("body", "belly", "eye", "pupil", "leg", "foot", "mouth"),
        aliases={"skin": "body", "head": "body", "feet": "foot"},
    ),
    Template(
        "penguin",
        build_penguin,
        0.6,
        synonyms=("penguin chick",),
        parts=("body", "belly", "head", "beak", "eye", "patch", "flipper", "foot"),
        aliases={"wing": "flipper", "bill": "beak", "feet": "foot", "chest": "belly"},
    ),
    Template(
        "rabbit",
        build_rabbit,
        0.4,
        synonyms=("bunny", "hare", "easter bunny", "bunny rabbit", "lop rabbit"),
        parts=("body", "head", "ear", "inner ear", "eye", "nose", "foot", "tail"),
        aliases={"fur": "body", "paw": "foot", "feet": "foot"},
    ),
)
