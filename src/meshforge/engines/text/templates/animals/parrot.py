"""A parrot perched on a branch: bright plumage, a deep hooked beak and a long pointed tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.creatures import side_blade
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere

PLUMAGES: tuple[tuple[RGB, RGB, RGB], ...] = (  # body, wings, tail
    ((220, 35, 35), (40, 90, 200), (230, 60, 40)),  # scarlet macaw
    ((60, 160, 60), (40, 120, 200), (60, 150, 60)),  # amazon
    ((40, 110, 210), (40, 90, 180), (40, 100, 190)),  # blue macaw
    ((240, 240, 235), (235, 235, 230), (235, 235, 230)),  # cockatoo
)
FACE: RGB = (245, 245, 240)


def build_parrot(a: Assembly) -> None:
    """A parrot perched on a branch: bright plumage, a deep hooked beak and a long pointed tail."""
    size = a.vary(1.0, 0.08)
    plumage = PLUMAGES[3] if a.mentions("cockatoo") else a.pick(PLUMAGES)
    body_c, wing_c, tail_c = plumage
    perch_z = 0.03 * size
    if a.wants("branch"):
        birds.perch(a, (0.0, 0.0, perch_z), 0.3 * size, 0.018 * size)
    core = (0.0, 0.01 * size, 0.16 * size)
    birds.body(a, core, (0.065 * size, 0.06 * size, 0.12 * size), -15, body_c)
    r = 0.055 * size
    head = (0.0, -0.015 * size, 0.3 * size)
    birds.head(a, head, r, body_c, eye_yaw=55, eye=0.15)
    if plumage is not PLUMAGES[3]:
        for side in (-1, 1):
            patch = ellipsoid((r * 0.35, r * 0.3, r * 0.4), a.segments(r * 0.3))
            a.add(
                patch.translate(on_sphere(head, r, side * 42, 0, r * 0.2)), "face", FACE, Tier.FIXED
            )
    else:
        crest = side_blade(
            [(0.0, 0.0), (r * 0.6, r * 0.2), (r * 1.4, r * 1.5), (r * 0.4, r * 0.7)], r * 0.25
        )
        a.add(crest.translate((0, head[1], head[2] + r * 0.6)), "crest", (250, 220, 60), Tier.FIXED)
    birds.hooked_beak(
        a,
        on_sphere(head, r, 0, -5, r * 0.35),
        r * 0.42,
        r * 1.05,
        (40, 38, 36) if plumage is PLUMAGES[2] else (230, 225, 210),
    )
    birds.folded_wings(
        a,
        (0, 0.025 * size, 0.15 * size),
        (0.025 * size, 0.05 * size, 0.11 * size),
        -15,
        0.055 * size,
        wing_c,
    )
    tail = side_blade(
        [
            (-0.01 * size, 0.0),
            (0.01 * size, 0.0),
            (0.03 * size, -0.3 * size),
            (0.015 * size, -0.33 * size),
        ],
        0.04 * size,
    )
    a.add(tail.translate((0, 0.04 * size, 0.1 * size)), "tail", tail_c)
    for side in (-1, 1):
        a.add(
            ellipsoid(
                (0.015 * size, 0.02 * size, 0.03 * size),
                12,
                (side * 0.03 * size, 0.0, perch_z + 0.03 * size),
            ),
            "leg",
            (90, 90, 95),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "parrot",
    build_parrot,
    0.36,
    description="a bright tropical bird with a hooked beak that can talk",
    synonyms=("macaw", "cockatoo", "parakeet", "budgie", "lorikeet"),
    kinds=("scarlet macaw", "african grey", "amazon parrot", "cockatiel", "lovebird", "polly"),
    parts=(*birds.PARTS, "face", "crest", "branch"),
    aliases={**birds.ALIASES, "perch": "branch"},
    priority=1,
    kinds_in_wordnet=("parrot",),
)
