"""A sitting frog: a squat body, bulging eyes on top, folded hind legs and webbed feet."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import capsule, ellipsoid, on_sphere, sink_depth, sphere

FROGS: tuple[RGB, ...] = ((80, 160, 60), (110, 170, 50), (60, 130, 70), (150, 160, 60))


BELLY: RGB = (225, 225, 170)


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


TEMPLATE = Template(
    "frog",
    build_frog,
    0.1,
    description="a small green amphibian that hops and croaks",
    synonyms=("toad", "bullfrog", "froggy"),
    kinds=("poison dart frog", "dart frog"),
    parts=("body", "belly", "eye", "pupil", "leg", "foot", "mouth"),
    aliases={"skin": "body", "head": "body", "feet": "foot"},
    kinds_in_wordnet=("frog",),
)
